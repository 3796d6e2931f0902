package dev.cncfcontrib.view;

import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.text.Csv;
import dev.cncfcontrib.text.Markdown;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Projects and groups as tables, CSV and Markdown. JSON goes through the catalog's own writer. */
public final class ListViews {

    private ListViews() {
    }

    /** A table for a person: fits {@code width} (0: no limit), colours maturity when styling is on. */
    @SuppressWarnings("unchecked")
    public static String projectTable(List<Project> projects, int width, Style style) {
        Table table = new Table("ID", "~NAME", "MATURITY", "~FOCUS", "~LEGAL", "~CHAT");
        for (Project p : projects) {
            table.styledRow(Map.of(2, maturityStyle(p.maturity(), style)), p.id(), p.name(), p.maturity().id(), p.focus(), Phrases.legalShort(p.legal()),
                    Phrases.chatPlatforms(p.chat()));
        }
        StringBuilder rendered = new StringBuilder(table.render(width, style));
        for (String footnote : Phrases.legalFootnotes(projects)) {
            rendered.append(style.dim(footnote)).append('\n');
        }
        return rendered.toString();
    }

    private static UnaryOperator<String> maturityStyle(Maturity maturity, Style style) {
        return switch (maturity) {
            case GRADUATED -> style::green;
            case INCUBATING -> style::cyan;
            case SANDBOX -> style::yellow;
            case ARCHIVED -> style::dim;
        };
    }

    public static String projectCsv(List<Project> projects) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("id", "name", "maturity", "focus", "legal", "legal_basis",
                "legal_confidence", "cla_name", "legal_conflicting", "chat", "repository", "default_branch",
                "contributor_guide")));
        for (Project p : projects) {
            Legal legal = p.legal();
            out.append(Csv.row(List.of(p.id(), p.name(), p.maturity().id(), p.focus(), legal.kind().id(), legal.basis().id(),
                    legal.confidence() == null ? "" : legal.confidence().id(), orEmpty(legal.claName()),
                    Boolean.toString(legal.conflicting()), Phrases.chatPlatforms(p.chat()), orEmpty(p.repository()),
                    orEmpty(p.defaultBranch()), orEmpty(p.contributorGuide()))));
        }
        return out.toString();
    }

    public static String projectMarkdown(List<Project> projects) {
        StringBuilder out = new StringBuilder(Markdown.tableRow(List.of("Project", "Maturity", "Focus", "Legal", "Chat")));
        out.append(Markdown.tableRule(5));
        for (Project p : projects) {
            out.append(Markdown.tableRow(List.of(Markdown.link(p.name(), p.repository()), Markdown.text(p.maturity().id()),
                    Markdown.text(p.focus()), Markdown.text(Phrases.legalShort(p.legal())),
                    Markdown.text(Phrases.chatPlatforms(p.chat())))));
        }
        List<String> footnotes = Phrases.legalFootnotes(projects);
        if (!footnotes.isEmpty()) {
            out.append('\n');
            for (String footnote : footnotes) {
                out.append(Markdown.text(footnote)).append("  \n");
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    public static String groupTable(List<Group> groups, int width, Style style) {
        Table table = new Table("ID", "~NAME", "KIND", "STATUS", "~CHAT");
        for (Group g : groups) {
            table.styledRow(g.active() ? Map.of() : Map.of(3, style::dim), g.id(), g.name(), g.kind().id(), status(g), chatCell(g));
        }
        return table.render(width, style);
    }

    private static String status(Group g) {
        return g.active() || g.successor() == null ? g.status().id()
                : g.status().id() + " -> " + (g.successor().id() != null ? g.successor().id() : g.successor().name());
    }

    private static String chatCell(Group g) {
        List<String> cells = new ArrayList<>();
        g.chat().forEach(channel -> cells.add(Phrases.chat(channel)));
        return cells.isEmpty() ? "-" : String.join("; ", cells);
    }

    public static String groupCsv(List<Group> groups) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("id", "name", "kind", "status", "url", "chat")));
        for (Group g : groups) {
            out.append(Csv.row(List.of(g.id(), g.name(), g.kind().id(), g.status().id(), g.url(), chatCell(g))));
        }
        return out.toString();
    }

    public static String groupMarkdown(List<Group> groups) {
        StringBuilder out = new StringBuilder(Markdown.tableRow(List.of("Group", "Kind", "Status", "Chat")));
        out.append(Markdown.tableRule(4));
        for (Group g : groups) {
            out.append(Markdown.tableRow(List.of(Markdown.link(g.name(), g.url()), Markdown.text(g.kind().label()),
                    Markdown.text(status(g)), Markdown.text(chatCell(g)))));
        }
        return out.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
