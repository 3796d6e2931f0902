package dev.cncfcontrib.view;

import dev.cncfcontrib.catalog.ChatChannel;
import dev.cncfcontrib.catalog.Dates;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalBasis;
import dev.cncfcontrib.catalog.MailingList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Short plain-English renderings of catalog values, shared by every output format. Not yet sanitised. */
final class Phrases {

    private Phrases() {
    }

    /** "Slack #prometheus on CNCF Slack", without the URL. */
    static String chat(ChatChannel c) {
        StringBuilder text = new StringBuilder(c.platform().label());
        if (c.channel() != null) {
            text.append(' ').append(c.channel());
        }
        if (c.workspace() != null) {
            text.append(c.channel() != null ? " on " : ": ").append(c.workspace());
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

    /** For a table cell: "DCO", "CNCF CLA", or "DCO*" where the project states nothing ({@link #DEFAULT_FOOTNOTE}). */
    static final String DEFAULT_FOOTNOTE = "* not stated by the project: the CNCF charter's DCO sign-off applies ('cncf-contrib show ID' for details)";

    static String legalShort(Legal legal) {
        String label = switch (legal.kind()) {
            case DCO -> "DCO";
            case NONE -> "none";
            case UNKNOWN -> "unknown";
            default -> legal.kind().label();
        };
        if (legal.signedCommits()) {
            label += " + signed commits";
        }
        if (legal.basis() == LegalBasis.CHARTER_DEFAULT) {
            label += "*";
        }
        return label;
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
