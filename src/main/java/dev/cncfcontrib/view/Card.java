package dev.cncfcontrib.view;

import dev.cncfcontrib.catalog.ChatChannel;
import dev.cncfcontrib.catalog.Entry;
import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalBasis;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.MailingList;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.catalog.Source;
import dev.cncfcontrib.catalog.Successor;
import dev.cncfcontrib.text.Markdown;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.text.Wrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole card of one project or group: every field, what the legal requirement means in practice, and the
 * sources with their dates. Rendered as text for a terminal or as Markdown for a mentor's notes.
 */
public final class Card {

    /** One labelled field; each value is one paragraph. */
    private record Field(String label, List<String> values) {
    }

    private final String title;
    private final String subtitle;
    private final String description;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, List<String>> fieldsBySource = new LinkedHashMap<>();
    /** The first source of each URL, for its date. */
    private final Map<String, Source> sourceByUrl = new LinkedHashMap<>();
    /** What each URL says, once per distinct note: a file often states a rule in several lines. */
    private final Map<String, List<String>> notesByUrl = new LinkedHashMap<>();
    private final String asOf;
    private final Function<String, String> linkNotes;
    /** With the evidence: each source's quote or note, and the notes for whoever maintains the catalog. */
    private final boolean evidence;

    private Card(Entry entry, String subtitle, Function<String, String> linkNotes, boolean evidence) {
        this.linkNotes = linkNotes;
        this.evidence = evidence;
        this.title = entry.name() + " (" + entry.id() + ")";
        this.subtitle = subtitle;
        this.description = entry.description();
        this.asOf = entry.asOf();
        for (Map.Entry<String, List<Source>> sourced : entry.sources().entrySet()) {
            for (Source source : sourced.getValue()) {
                List<String> fields = fieldsBySource.computeIfAbsent(source.url(), url -> new ArrayList<>());
                if (!fields.contains(sourced.getKey())) {
                    fields.add(sourced.getKey());
                }
                sourceByUrl.putIfAbsent(source.url(), source);
                List<String> notes = notesByUrl.computeIfAbsent(source.url(), url -> new ArrayList<>());
                if (source.note() != null && !notes.contains(source.note())) {
                    notes.add(source.note());
                }
            }
        }
    }

    public static Card of(Project p) {
        return of(p, url -> null, false);
    }

    /**
     * @param linkNotes what to say after a URL (such as "broken at the last link check"), or null for nothing
     * @param evidence  also each source's quote or note, and the notes for whoever maintains the catalog
     */
    public static Card of(Project p, Function<String, String> linkNotes, boolean evidence) {
        String subtitle = p.maturity().id() + " · " + p.focus() + (p.category() != null ? " · " + p.category() : "");
        Card card = new Card(p, subtitle, linkNotes, evidence);
        card.add("Also known as", p.aliases().isEmpty() ? List.of() : List.of(String.join(", ", p.aliases())));
        card.successor(p.successor(), "This project is archived: contribute to its successor");
        card.add("Homepage", card.noted(p.homepage()));
        card.add("Repository", card.noted(p.repository()));
        card.add("Default branch", p.defaultBranch() == null ? null
                : p.defaultBranch() + " (pull requests target it)");
        card.add("Other repositories", card.noted(p.additionalRepositories()));
        card.add("Contributor guide", card.noted(p.contributorGuide()));
        card.chat(p.chat(), p.sources().containsKey("chat"));
        card.lists(p.mailingLists());
        card.add("License", p.licenses().isEmpty() ? null : String.join(", ", p.licenses()));
        card.legal(p.legal());
        card.add("Dates", Phrases.dates(p.dates()).isEmpty() ? null : Phrases.dates(p.dates()));
        card.add("Last commit", p.lastCommit() == null ? null
                : p.lastCommit() + " (the newest commit of the main repository when its files were read)");
        card.add("Notes", p.notes());
        if (evidence) {
            card.add("Maintainer notes", p.maintainerNotes());
        }
        return card;
    }

    public static Card of(Group g) {
        return of(g, url -> null, false);
    }

    public static Card of(Group g, Function<String, String> linkNotes, boolean evidence) {
        Card card = new Card(g, g.kind().label() + " · " + g.status().id(), linkNotes, evidence);
        card.add("Also known as", g.aliases().isEmpty() ? List.of() : List.of(String.join(", ", g.aliases())));
        card.successor(g.successor(), "This group is " + g.status().id() + ": see");
        card.add("Website", card.noted(g.url()));
        card.add("How to join", g.howToJoin());
        card.chat(g.chat(), false);
        card.lists(g.mailingLists());
        card.add("Notes", g.notes());
        return card;
    }

    /** The URL followed by what the last link check found, if anything worth saying. */
    private String noted(String url) {
        String note = url == null ? null : linkNotes.apply(url);
        return note == null ? url : url + " [" + note + "]";
    }

    private List<String> noted(List<String> urls) {
        List<String> noted = new ArrayList<>();
        for (String url : urls) {
            noted.add(noted(url));
        }
        return noted;
    }

    private void add(String label, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add(new Field(label, List.of(value)));
        }
    }

    private void add(String label, List<String> values) {
        if (!values.isEmpty()) {
            fields.add(new Field(label, values));
        }
    }

    private void successor(Successor successor, String lead) {
        if (successor == null) {
            return;
        }
        StringBuilder text = new StringBuilder(lead).append(' ').append(successor.name());
        if (successor.id() != null) {
            text.append(" ('cncf-contrib show ").append(successor.id()).append("')");
        }
        if (successor.url() != null) {
            text.append(" ").append(noted(successor.url()));
        }
        List<String> values = new ArrayList<>(List.of(text.toString()));
        if (successor.note() != null) {
            values.add(successor.note());
        }
        add("Successor", values);
    }

    private void chat(List<ChatChannel> channels, boolean statedNone) {
        List<String> values = new ArrayList<>();
        for (ChatChannel c : channels) {
            String join = c.url() != null ? " — join: " + noted(c.url()) : " — the project's files give no link to join";
            values.add(Phrases.chat(c) + join + (c.note() != null ? " (" + c.note() + ")" : ""));
        }
        add("Chat", !values.isEmpty() ? values
                : List.of(statedNone ? "none: the project's own files point to no chat (see Notes)" : "none listed"));
    }

    private void lists(List<MailingList> lists) {
        List<String> values = new ArrayList<>();
        for (MailingList m : lists) {
            values.add(Phrases.mailingList(m) + (m.url() != null ? " — " + noted(m.url()) : "")
                    + (m.note() != null ? " (" + m.note() + ")" : ""));
        }
        add("Lists & forums", values.isEmpty() ? List.of("none listed") : values);
    }

    private void legal(Legal legal) {
        List<String> values = new ArrayList<>();
        values.add(legalSummary(legal));
        if (legal.signingUrl() != null) {
            // a DCO is certified by a sign-off line, not signed anywhere: its URL is the text to read
            values.add((legal.kind() == LegalKind.DCO ? "Read: " : "Sign or read: ") + noted(legal.signingUrl()));
        }
        if (legal.signedCommits()) {
            values.add("Commits must also be cryptographically signed: 'git commit -s -S'.");
        }
        String lead = legal.kind() == LegalKind.UNKNOWN || legal.conflicting() ? "What to do: "
                : legal.basis() == LegalBasis.HISTORICAL ? "While it was active: " : "In practice: ";
        values.add(lead + legal.inPractice());
        if (legal.note() != null) {
            values.add(legal.note());
        }
        add("Legal", values);
    }

    /** "CNCF CLA, checked by LF EasyCLA: stated in the project's own files (confidence: high)." */
    static String legalSummary(Legal legal) {
        String label = legal.label();
        StringBuilder text = new StringBuilder(label.substring(0, 1).toUpperCase(java.util.Locale.ROOT)).append(label.substring(1));
        if (legal.bot() != null) {
            text.append(", checked by ").append(legal.bot());
        }
        text.append(": ").append(legal.basis().description());
        if (legal.confidence() != null) {
            text.append(" (confidence: ").append(legal.confidence().id()).append(')');
        }
        return text.append('.').toString();
    }

    /** Plain text; {@code width} 0 means no wrapping. */
    public String text(int width, Style style) {
        int labelWidth = 0;
        for (Field field : fields) {
            labelWidth = Math.max(labelWidth, field.label().length());
        }
        String indent = " ".repeat(2 + labelWidth + 2);
        int valueWidth = width == 0 ? 0 : Math.max(30, width - indent.length());
        StringBuilder out = new StringBuilder();
        out.append(style.bold(TerminalText.line(title))).append('\n');
        out.append(TerminalText.line(subtitle)).append('\n');
        for (String line : Wrap.lines(TerminalText.line(description), width)) {
            out.append(line).append('\n');
        }
        out.append('\n');
        for (Field field : fields) {
            boolean first = true;
            for (String value : field.values()) {
                for (String line : Wrap.lines(TerminalText.line(value), valueWidth)) {
                    if (first) {
                        out.append("  ").append(style.cyan(field.label())).append(" ".repeat(labelWidth - field.label().length() + 2));
                        first = false;
                    } else {
                        out.append(indent);
                    }
                    out.append(line).append('\n');
                }
            }
        }
        out.append('\n').append(style.bold("Sources")).append(" (facts checked ").append(TerminalText.line(asOf))
                .append(evidence ? ")\n" : "; --sources adds what each one says)\n");
        for (Map.Entry<String, List<String>> sourced : fieldsBySource.entrySet()) {
            Source source = sourceByUrl.get(sourced.getKey());
            StringBuilder line = new StringBuilder("  ").append(String.join(", ", sourced.getValue())).append(": ")
                    .append(source.url());
            if (source.date() != null) {
                line.append(" (").append(source.date()).append(')');
            }
            out.append(style.dim(TerminalText.line(line.toString()))).append('\n');
            if (evidence) {
                for (String note : notesByUrl.get(sourced.getKey())) {
                    for (String wrapped : Wrap.lines(TerminalText.line("\u201c" + note + "\u201d"), width == 0 ? 0 : Math.max(30, width - 6))) {
                        out.append("      ").append(style.dim(wrapped)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("## ").append(Markdown.text(title)).append("\n\n");
        out.append('*').append(Markdown.text(subtitle)).append("*\n\n");
        out.append(Markdown.text(description)).append("\n\n");
        for (Field field : fields) {
            if (field.values().size() == 1) {
                out.append("- **").append(Markdown.text(field.label())).append(":** ").append(Markdown.text(field.values().get(0))).append('\n');
            } else {
                out.append("- **").append(Markdown.text(field.label())).append(":**\n");
                for (String value : field.values()) {
                    out.append("  - ").append(Markdown.text(value)).append('\n');
                }
            }
        }
        out.append("\n### Sources (facts checked ").append(Markdown.text(asOf)).append(")\n\n");
        for (Map.Entry<String, List<String>> sourced : fieldsBySource.entrySet()) {
            Source source = sourceByUrl.get(sourced.getKey());
            out.append("- ").append(Markdown.text(String.join(", ", sourced.getValue()))).append(": ")
                    .append(Markdown.link(source.url(), source.url()));
            if (source.date() != null) {
                out.append(" (").append(Markdown.text(source.date())).append(')');
            }
            out.append('\n');
            if (evidence) {
                for (String note : notesByUrl.get(sourced.getKey())) {
                    out.append("  - ").append(Markdown.text("\u201c" + note + "\u201d")).append('\n');
                }
            }
        }
        return out.toString();
    }
}
