package dev.cncfcontrib.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The conditions of {@code list}. Every condition that is set must hold. Archived projects are left out unless
 * the archived maturity is asked for: people looking for a project to join should not land on one that ended.
 */
public record ProjectFilter(Set<Maturity> maturities, String focus, LegalFilter legal, ChatPlatform chat, String query) {

    public static final ProjectFilter ALL_CURRENT = new ProjectFilter(Set.of(), null, null, null, null);

    public ProjectFilter {
        maturities = maturities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(maturities));
    }

    public List<Project> apply(List<Project> projects) {
        List<Project> matching = new ArrayList<>();
        for (Project project : projects) {
            if (matches(project)) {
                matching.add(project);
            }
        }
        return matching;
    }

    public boolean matches(Project project) {
        if (maturities.isEmpty() ? project.archived() : !maturities.contains(project.maturity())) {
            return false;
        }
        if (focus != null && !containsIgnoreCase(project.focus(), focus) && !containsIgnoreCase(project.category(), focus)) {
            return false;
        }
        if (legal != null && !legal.matches(project.legal())) {
            return false;
        }
        if (chat != null && project.chat().stream().noneMatch(channel -> channel.platform() == chat)) {
            return false;
        }
        return query == null || matchesQuery(project);
    }

    private boolean matchesQuery(Project project) {
        if (containsIgnoreCase(project.id(), query) || containsIgnoreCase(project.name(), query)
                || containsIgnoreCase(project.description(), query)) {
            return true;
        }
        return project.aliases().stream().anyMatch(alias -> containsIgnoreCase(alias, query));
    }

    private static boolean containsIgnoreCase(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.trim().toLowerCase(Locale.ROOT));
    }
}
