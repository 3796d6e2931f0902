package dev.cncfcontrib.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.CatalogDiff;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Markdown;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** A {@link CatalogDiff} as text for a person, as Markdown (for a pull request or an issue), or as JSON. */
final class DiffText {

    private DiffText() {
    }

    static String render(CatalogDiff diff, Style style) {
        if (diff.isEmpty()) {
            return "No changes to projects.\n";
        }
        StringBuilder out = new StringBuilder();
        named(out, style, "Added", diff.added());
        named(out, style, "Removed", diff.removed());
        changes(out, style, "Archived", diff.archived());
        changes(out, style, "Promoted", diff.promoted());
        changes(out, style, "Other maturity changes", diff.otherMaturity());
        changes(out, style, "Chat changed", diff.chat());
        changes(out, style, "Lists changed", diff.mailingLists());
        changes(out, style, "Repositories changed", diff.repository());
        return out.toString();
    }

    private static void named(StringBuilder out, Style style, String heading, List<CatalogDiff.Named> projects) {
        if (projects.isEmpty()) {
            return;
        }
        out.append(style.bold(heading + " (" + projects.size() + "):")).append('\n');
        for (CatalogDiff.Named p : projects) {
            out.append("  ").append(TerminalText.line(p.id())).append("  ").append(TerminalText.line(p.name())).append('\n');
        }
    }

    private static void changes(StringBuilder out, Style style, String heading, List<CatalogDiff.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append(style.bold(heading + " (" + changes.size() + "):")).append('\n');
        for (CatalogDiff.Change c : changes) {
            out.append("  ").append(TerminalText.line(c.id())).append(": ").append(TerminalText.line(orNone(c.before())))
                    .append(" -> ").append(TerminalText.line(orNone(c.after()))).append('\n');
        }
    }

    /** A heading per kind of change and a bullet per project; every value is escaped as Markdown text. */
    static String markdown(CatalogDiff diff) {
        if (diff.isEmpty()) {
            return "No changes to projects.\n";
        }
        StringBuilder out = new StringBuilder();
        namedMarkdown(out, "Added", diff.added());
        namedMarkdown(out, "Removed", diff.removed());
        changesMarkdown(out, "Archived", diff.archived());
        changesMarkdown(out, "Promoted", diff.promoted());
        changesMarkdown(out, "Other maturity changes", diff.otherMaturity());
        changesMarkdown(out, "Chat changed", diff.chat());
        changesMarkdown(out, "Lists changed", diff.mailingLists());
        changesMarkdown(out, "Repositories changed", diff.repository());
        return out.toString();
    }

    private static void namedMarkdown(StringBuilder out, String heading, List<CatalogDiff.Named> projects) {
        if (projects.isEmpty()) {
            return;
        }
        out.append(out.length() == 0 ? "" : "\n").append("### ").append(heading).append(" (").append(projects.size()).append(")\n\n");
        for (CatalogDiff.Named p : projects) {
            out.append("- **").append(Markdown.text(p.name())).append("** (").append(Markdown.text(p.id())).append(")\n");
        }
    }

    private static void changesMarkdown(StringBuilder out, String heading, List<CatalogDiff.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append(out.length() == 0 ? "" : "\n").append("### ").append(heading).append(" (").append(changes.size()).append(")\n\n");
        for (CatalogDiff.Change c : changes) {
            out.append("- **").append(Markdown.text(c.id())).append("**: ").append(Markdown.text(orNone(c.before())))
                    .append(" → ").append(Markdown.text(orNone(c.after()))).append('\n');
        }
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    static void json(PrintWriter writer, CatalogDiff diff) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(writer)) {
            json.writeStartObject();
            namedJson(json, "added", diff.added());
            namedJson(json, "removed", diff.removed());
            changesJson(json, "archived", diff.archived());
            changesJson(json, "promoted", diff.promoted());
            changesJson(json, "otherMaturity", diff.otherMaturity());
            changesJson(json, "chat", diff.chat());
            changesJson(json, "mailingLists", diff.mailingLists());
            changesJson(json, "repository", diff.repository());
            json.writeEndObject();
        }
        writer.println();
    }

    private static void namedJson(JsonGenerator json, String name, List<CatalogDiff.Named> projects) throws IOException {
        json.writeArrayFieldStart(name);
        for (CatalogDiff.Named p : projects) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("name", p.name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void changesJson(JsonGenerator json, String name, List<CatalogDiff.Change> changes) throws IOException {
        json.writeArrayFieldStart(name);
        for (CatalogDiff.Change c : changes) {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("name", c.name());
            json.writeStringField("before", c.before());
            json.writeStringField("after", c.after());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
