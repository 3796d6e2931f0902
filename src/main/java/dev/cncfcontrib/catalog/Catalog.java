package dev.cncfcontrib.catalog;

import java.util.List;
import java.util.Optional;

/** The whole catalog: projects and community groups, immutable once read. */
public record Catalog(int schemaVersion, String asOf, String generatedFrom, List<Project> projects, List<Group> groups) {

    /** The newest catalog layout this build understands. */
    public static final int SUPPORTED_SCHEMA_VERSION = 2;

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
}
