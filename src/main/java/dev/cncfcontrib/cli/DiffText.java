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
import java.util.function.Function;

/** A {@link CatalogDiff} as text for a person, as Markdown (for a pull request or an issue), or as JSON. */
final class DiffText {

    private DiffText() {
    }

    /**
     * One kind of change, as every format lists it: projects that came or went ({@code named}), or changes of one
     * field ({@code changes}); the other list is empty.
     */
    private record Section(String heading, String jsonKey, List<CatalogDiff.Named> named, List<CatalogDiff.Change> changes) {

        int size() {
            return named.size() + changes.size();
        }
    }

    private static List<Section> sections(CatalogDiff diff) {
        return List.of(
                new Section("Added", "added", diff.added(), List.of()),
                new Section("Removed", "removed", diff.removed(), List.of()),
                new Section("Archived", "archived", List.of(), diff.archived()),
                new Section("Promoted", "promoted", List.of(), diff.promoted()),
                new Section("Other maturity changes", "otherMaturity", List.of(), diff.otherMaturity()),
                new Section("Chat changed", "chat", List.of(), diff.chat()),
                new Section("Lists changed", "mailingLists", List.of(), diff.mailingLists()),
                new Section("Repositories changed", "repository", List.of(), diff.repository()));
    }

    static String render(CatalogDiff diff, Style style) {
        return lines(diff, "",
                section -> style.bold(section.heading() + " (" + section.size() + "):") + "\n",
                p -> "  " + TerminalText.line(p.id()) + "  " + TerminalText.line(p.name()) + "\n",
                c -> "  " + TerminalText.line(c.id()) + ": " + TerminalText.line(orNone(c.before())) + " -> "
                        + TerminalText.line(orNone(c.after())) + "\n");
    }

    /** A heading per kind of change and a bullet per project; every value is escaped as Markdown text. */
    static String markdown(CatalogDiff diff) {
        return lines(diff, "\n",
                section -> "### " + section.heading() + " (" + section.size() + ")\n\n",
                p -> "- **" + Markdown.text(p.name()) + "** (" + Markdown.text(p.id()) + ")\n",
                c -> "- **" + Markdown.text(c.id()) + "**: " + Markdown.text(orNone(c.before())) + " → "
                        + Markdown.text(orNone(c.after())) + "\n");
    }

    /** The sections that have changes, {@code between} them, each a heading and a line per project or change. */
    private static String lines(CatalogDiff diff, String between, Function<Section, String> heading,
                                Function<CatalogDiff.Named, String> named, Function<CatalogDiff.Change, String> change) {
        if (diff.isEmpty()) {
            return "No changes to projects.\n";
        }
        StringBuilder out = new StringBuilder();
        for (Section section : sections(diff)) {
            if (section.size() == 0) {
                continue;
            }
            out.append(out.length() == 0 ? "" : between).append(heading.apply(section));
            section.named().forEach(p -> out.append(named.apply(p)));
            section.changes().forEach(c -> out.append(change.apply(c)));
        }
        return out.toString();
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    /** Every kind of change as an array, empty ones included, so that scripts need not test for absent keys. */
    static void json(PrintWriter writer, CatalogDiff diff) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(writer)) {
            json.writeStartObject();
            for (Section section : sections(diff)) {
                json.writeArrayFieldStart(section.jsonKey());
                for (CatalogDiff.Named p : section.named()) {
                    json.writeStartObject();
                    json.writeStringField("id", p.id());
                    json.writeStringField("name", p.name());
                    json.writeEndObject();
                }
                for (CatalogDiff.Change c : section.changes()) {
                    json.writeStartObject();
                    json.writeStringField("id", c.id());
                    json.writeStringField("name", c.name());
                    json.writeStringField("before", c.before());
                    json.writeStringField("after", c.after());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        writer.println();
    }
}
