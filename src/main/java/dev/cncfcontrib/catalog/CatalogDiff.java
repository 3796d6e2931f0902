package dev.cncfcontrib.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two catalogs, project by project (matched by id): added and removed projects,
 * archivals, promotions (sandbox to incubating to graduated) and other maturity changes, and changes of chat,
 * lists or repository. Lists follow the new catalog's order, then the old one's.
 */
public record CatalogDiff(
        List<Named> added,
        List<Named> removed,
        List<Change> archived,
        List<Change> promoted,
        List<Change> otherMaturity,
        List<Change> chat,
        List<Change> mailingLists,
        List<Change> repository) {

    /** A project by id and name. */
    public record Named(String id, String name) {
    }

    /** One field of one project, before and after ({@code null}: none). */
    public record Change(String id, String name, String before, String after) {
    }

    public static CatalogDiff between(Catalog before, Catalog after) {
        Map<String, Project> old = new LinkedHashMap<>();
        before.projects().forEach(p -> old.put(p.id(), p));
        Map<String, Project> current = new LinkedHashMap<>();
        after.projects().forEach(p -> current.put(p.id(), p));

        List<Named> added = new ArrayList<>();
        List<Change> archived = new ArrayList<>();
        List<Change> promoted = new ArrayList<>();
        List<Change> otherMaturity = new ArrayList<>();
        List<Change> chat = new ArrayList<>();
        List<Change> lists = new ArrayList<>();
        List<Change> repository = new ArrayList<>();
        for (Project now : current.values()) {
            Project then = old.get(now.id());
            if (then == null) {
                added.add(new Named(now.id(), now.name()));
                continue;
            }
            if (then.maturity() != now.maturity()) {
                Change change = new Change(now.id(), now.name(), then.maturity().id(), now.maturity().id());
                if (now.maturity() == Maturity.ARCHIVED) {
                    archived.add(change);
                } else if (then.maturity() != Maturity.ARCHIVED && rank(now.maturity()) > rank(then.maturity())) {
                    promoted.add(change);
                } else {
                    otherMaturity.add(change);
                }
            }
            compare(now, describeChat(then), describeChat(now), chat);
            compare(now, describeLists(then), describeLists(now), lists);
            compare(now, describeRepositories(then), describeRepositories(now), repository);
        }
        List<Named> removed = new ArrayList<>();
        for (Project then : old.values()) {
            if (!current.containsKey(then.id())) {
                removed.add(new Named(then.id(), then.name()));
            }
        }
        return new CatalogDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(archived), List.copyOf(promoted),
                List.copyOf(otherMaturity), List.copyOf(chat), List.copyOf(lists), List.copyOf(repository));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && archived.isEmpty() && promoted.isEmpty() && otherMaturity.isEmpty()
                && chat.isEmpty() && mailingLists.isEmpty() && repository.isEmpty();
    }

    /** "3 added, 1 archived, 2 promoted" or "no changes". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        count(parts, added.size(), "added");
        count(parts, removed.size(), "removed");
        count(parts, archived.size(), "archived");
        count(parts, promoted.size(), "promoted");
        count(parts, otherMaturity.size(), "with another maturity change");
        count(parts, chat.size(), "with chat changes");
        count(parts, mailingLists.size(), "with list changes");
        count(parts, repository.size(), "with repository changes");
        return parts.isEmpty() ? "no changes to projects" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }

    /** sandbox 0, incubating 1, graduated 2. */
    private static int rank(Maturity maturity) {
        return switch (maturity) {
            case SANDBOX -> 0;
            case INCUBATING -> 1;
            case GRADUATED -> 2;
            case ARCHIVED -> -1;
        };
    }

    private static void compare(Project project, String before, String after, List<Change> into) {
        if (!before.equals(after)) {
            into.add(new Change(project.id(), project.name(), before.isEmpty() ? null : before, after.isEmpty() ? null : after));
        }
    }

    private static String describeChat(Project p) {
        List<String> parts = new ArrayList<>();
        for (ChatChannel c : p.chat()) {
            parts.add(c.platform().id() + (c.channel() != null ? " " + c.channel() : "") + (c.url() != null ? " " + c.url() : ""));
        }
        return String.join("; ", parts);
    }

    private static String describeLists(Project p) {
        List<String> parts = new ArrayList<>();
        for (MailingList m : p.mailingLists()) {
            parts.add(m.url() != null ? m.url() : m.address());
        }
        return String.join("; ", parts);
    }

    private static String describeRepositories(Project p) {
        List<String> parts = new ArrayList<>();
        if (p.repository() != null) {
            parts.add(p.repository());
        }
        parts.addAll(p.additionalRepositories());
        return String.join("; ", parts);
    }
}
