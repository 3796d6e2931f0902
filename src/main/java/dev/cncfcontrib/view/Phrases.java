package dev.cncfcontrib.view;

import dev.cncfcontrib.catalog.ChatChannel;
import dev.cncfcontrib.catalog.Dates;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.MailingList;
import dev.cncfcontrib.catalog.Project;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Short plain-English renderings of catalog values, shared by every output format. Not yet sanitised. */
final class Phrases {

    private Phrases() {
    }

    /**
     * "Slack #prometheus on CNCF Slack", without the URL. A channel known only by its Slack id (C08KGCXB458, which
     * says nothing to a person) is "Slack: a channel on CNCF Slack": its link is the way in.
     */
    static String chat(ChatChannel c) {
        StringBuilder text = new StringBuilder(c.platform().label());
        if (c.channelName() != null) {
            text.append(' ').append(c.channelName());
        } else if (c.channel() != null && !c.channel().isBlank()) {
            text.append(": a channel");
        }
        if (c.workspace() != null) {
            text.append(c.channel() != null && !c.channel().isBlank() ? " on " : ": ").append(c.workspace());
        }
        return text.toString();
    }

    /** The platforms of a project's chat, for a table cell: "slack, irc". */
    static String chatPlatforms(List<ChatChannel> channels) {
        Set<String> platforms = new LinkedHashSet<>();
        for (ChatChannel channel : channels) {
            platforms.add(channel.platform().id());
        }
        return platforms.isEmpty() ? "-" : String.join(", ", platforms);
    }

    /** "mailing list dev@kubernetes.io" or "forum". */
    static String mailingList(MailingList m) {
        String kind = switch (m.kind()) {
            case "forum" -> "Forum";
            case "discussions" -> "Discussions";
            default -> "Mailing list";
        };
        if (m.address() != null) {
            return kind + " " + m.address();
        }
        return m.name() != null ? kind + " " + m.name() : kind;
    }

    /** Under a table with an unknown requirement in it. */
    static final String UNKNOWN_FOOTNOTE = "unknown: the project's files state no requirement (or were not read yet);"
            + " 'cncf-contrib show ID' says what to do";
    /** Under a table with a requirement the project's files disagree on. */
    static final String CONFLICT_FOOTNOTE = "! the project's files disagree; 'cncf-contrib show ID' explains";

    /** For a table cell: "DCO", "CNCF CLA", "Google CLA", "DCO + CLA", "unknown"; "!" where the files disagree. */
    static String legalShort(Legal legal) {
        String label = switch (legal.kind()) {
            case DCO -> "DCO";
            case OTHER_CLA -> legal.claName() != null ? legal.claName() : "CLA";
            case DCO_AND_CLA -> "DCO + CLA";
            case UNKNOWN -> "unknown";
            default -> legal.kind().label();
        };
        if (legal.signedCommits()) {
            label += " + signed commits";
        }
        if (legal.conflicting()) {
            label += "!";
        }
        return label;
    }

    /** The notes to print under a table of these projects' legal requirements. */
    static List<String> legalFootnotes(List<Project> projects) {
        boolean unknown = false;
        boolean conflict = false;
        // a plain loop, not a stream: the first stream of a run loads some forty classes, and list runs at every start
        for (Project p : projects) {
            unknown |= p.legal().kind() == LegalKind.UNKNOWN;
            conflict |= p.legal().conflicting();
        }
        List<String> notes = new ArrayList<>();
        if (unknown) {
            notes.add(UNKNOWN_FOOTNOTE);
        }
        if (conflict) {
            notes.add(CONFLICT_FOOTNOTE);
        }
        return notes;
    }

    static String dates(Dates dates) {
        List<String> parts = new ArrayList<>();
        if (dates.accepted() != null) {
            parts.add("accepted " + dates.accepted());
        }
        if (dates.incubating() != null) {
            parts.add("incubating " + dates.incubating());
        }
        if (dates.graduated() != null) {
            parts.add("graduated " + dates.graduated());
        }
        if (dates.archived() != null) {
            parts.add("archived " + dates.archived());
        }
        return String.join(", ", parts);
    }
}
