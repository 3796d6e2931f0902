package dev.cncfcontrib.links;

import dev.cncfcontrib.catalog.ChatChannel;
import dev.cncfcontrib.catalog.Entry;
import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.MailingList;
import dev.cncfcontrib.catalog.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The links of catalog entries that a newcomer follows. The {@code sources} of facts are not among them: they are
 * dated evidence (often permalinks) for whoever maintains the catalog, not places to send people.
 */
public final class CatalogLinks {

    private final List<CatalogLink> links = new ArrayList<>();
    private final Set<LinkKind> kinds;

    private CatalogLinks(Set<LinkKind> kinds) {
        this.kinds = kinds;
    }

    /** The links of the given kinds of every project, then of every group. */
    public static List<CatalogLink> of(List<Project> projects, List<Group> groups, Set<LinkKind> kinds) {
        CatalogLinks collector = new CatalogLinks(kinds);
        for (Project project : projects) {
            collector.project(project);
        }
        for (Group group : groups) {
            collector.group(group);
        }
        return List.copyOf(collector.links);
    }

    private void project(Project p) {
        add(p, false, LinkKind.GUIDE, "homepage", p.homepage());
        add(p, false, LinkKind.REPO, "repository", p.repository());
        for (String repository : p.additionalRepositories()) {
            add(p, false, LinkKind.REPO, "other repository", repository);
        }
        add(p, false, LinkKind.GUIDE, "contributor guide", p.contributorGuide());
        add(p, false, LinkKind.GUIDE, "legal", p.legal() == null ? null : p.legal().signingUrl());
        common(p, false);
    }

    private void group(Group g) {
        add(g, true, LinkKind.GUIDE, "website", g.url());
        common(g, true);
    }

    private void common(Entry entry, boolean group) {
        for (ChatChannel chat : entry.chat()) {
            add(entry, group, LinkKind.CHAT, "chat" + (chat.channel() == null ? "" : " " + chat.channel()), chat.url());
        }
        for (MailingList list : entry.mailingLists()) {
            add(entry, group, LinkKind.LIST, list.kind() + (list.name() == null ? "" : " " + list.name()), list.url());
        }
        add(entry, group, LinkKind.GUIDE, "successor", entry.successor() == null ? null : entry.successor().url());
    }

    private void add(Entry entry, boolean group, LinkKind kind, String field, String url) {
        if (url != null && !url.isEmpty() && kinds.contains(kind)) {
            links.add(new CatalogLink(entry.id(), group, kind, field, url));
        }
    }
}
