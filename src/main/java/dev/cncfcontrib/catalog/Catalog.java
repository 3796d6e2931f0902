package dev.cncfcontrib.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The whole catalog: projects and community groups, immutable once read. */
public record Catalog(int schemaVersion, String asOf, String generatedFrom, List<Project> projects, List<Group> groups) {

    /** The newest catalog layout this build understands. */
    public static final int SUPPORTED_SCHEMA_VERSION = 2;

    /** How {@code generatedFrom} names the date of the curated facts an imported catalog carries. */
    static final String FACTS_OF = "curated overlay (as of ";

    public Catalog {
        projects = List.copyOf(projects);
        groups = List.copyOf(groups);
    }

    public Optional<Project> projectById(String id) {
        return projects.stream().filter(project -> project.id().equals(id)).findFirst();
    }

    /** Resolves what a person typed (id, name or alias, any case) to a project. */
    public Project resolveProject(String typed) {
        return new NameIndex<>(projects).resolve(typed, "project");
    }

    /** Resolves what a person typed (id, name or alias, any case) to a community group. */
    public Group resolveGroup(String typed) {
        return new NameIndex<>(groups).resolve(typed, "group");
    }

    /**
     * The date of the curated facts this catalog was imported with, as {@code generatedFrom} says; null for a
     * catalog that does not say (one written by hand or by another tool).
     */
    public String factsDate() {
        if (generatedFrom == null) {
            return null;
        }
        // compiled here, not at class load: only an updated catalog is asked, and every command loads this class
        Matcher matcher = Pattern.compile(Pattern.quote(FACTS_OF) + "(\\d{4}-\\d{2}-\\d{2})\\)").matcher(generatedFrom);
        return matcher.find() ? matcher.group(1) : null;
    }
}
