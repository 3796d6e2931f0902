package dev.cncfcontrib.view;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.links.CatalogLink;
import dev.cncfcontrib.links.LinkCheck.Ending;
import dev.cncfcontrib.links.LinkCheck.Outcome;
import dev.cncfcontrib.links.LinkResult;
import dev.cncfcontrib.links.LinkStatus;
import dev.cncfcontrib.text.Markdown;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a link check: broken links grouped by kind of failure, then by project or group; moved links with
 * the address the catalog should use; a summary. As text, Markdown (for a catalog issue) or JSON.
 */
public final class LinkReport {

    /** A catalog link with the verdict on its URL. */
    private record Row(CatalogLink link, LinkResult result) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Outcome outcome;
    private final int uncheckedLinks;
    private final Map<LinkStatus, Integer> counts = new EnumMap<>(LinkStatus.class);

    public LinkReport(List<CatalogLink> links, Outcome outcome) {
        this.outcome = outcome;
        int unchecked = 0;
        for (CatalogLink link : links) {
            LinkResult result = outcome.results().get(link.url());
            if (result == null) {
                unchecked++;
            } else {
                rows.add(new Row(link, result));
                counts.merge(result.status(), 1, Integer::sum);
            }
        }
        this.uncheckedLinks = unchecked;
    }

    public int broken() {
        int broken = 0;
        for (Map.Entry<LinkStatus, Integer> count : counts.entrySet()) {
            if (count.getKey().broken()) {
                broken += count.getValue();
            }
        }
        return broken;
    }

    private int count(LinkStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** The rows of one status, by entry ("kubernetes (project)"), in catalog order. */
    private Map<String, List<Row>> byEntry(LinkStatus status) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.result().status() == status) {
                grouped.computeIfAbsent(row.link().entryId() + (row.link().group() ? " (group)" : " (project)"), key -> new ArrayList<>()).add(row);
            }
        }
        return grouped;
    }

    public String summary() {
        StringBuilder line = new StringBuilder();
        line.append(rows.size()).append(rows.size() == 1 ? " link" : " links").append(" checked (")
                .append(outcome.results().size()).append(" distinct URLs) in ").append(ProgressBar.duration(outcome.elapsed()))
                .append(": ").append(count(LinkStatus.OK)).append(" ok, ").append(count(LinkStatus.MOVED)).append(" moved, ")
                .append(broken()).append(" broken");
        List<String> kinds = new ArrayList<>();
        for (LinkStatus status : LinkStatus.values()) {
            if (status.broken() && count(status) > 0) {
                kinds.add(count(status) + " " + status.label());
            }
        }
        if (!kinds.isEmpty()) {
            line.append(" (").append(String.join(", ", kinds)).append(')');
        }
        line.append('.');
        if (uncheckedLinks > 0) {
            line.append(' ').append(uncheckedLinks).append(uncheckedLinks == 1 ? " link" : " links").append(" not checked: ")
                    .append(outcome.ending() == Ending.DEADLINE ? "the run reached its deadline" : "cancelled").append('.');
        }
        return line.toString();
    }

    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        for (LinkStatus status : LinkStatus.values()) {
            if (status == LinkStatus.OK || count(status) == 0) {
                continue;
            }
            String heading = status == LinkStatus.MOVED ? "Moved permanently: update the catalog" : "Broken: " + status.label();
            out.append(status == LinkStatus.MOVED ? style.yellow(style.bold(heading)) : style.red(style.bold(heading)))
                    .append(" (").append(count(status)).append(")\n");
            for (Map.Entry<String, List<Row>> entry : byEntry(status).entrySet()) {
                out.append("  ").append(style.bold(TerminalText.line(entry.getKey()))).append('\n');
                for (Row row : entry.getValue()) {
                    LinkResult result = row.result();
                    out.append("    ").append(style.cyan(TerminalText.line(row.link().field()))).append("  ")
                            .append(TerminalText.line(row.link().url()));
                    if (status == LinkStatus.MOVED) {
                        out.append(" → ").append(TerminalText.line(result.finalUrl()));
                    } else if (result.detail() != null) {
                        out.append(style.dim("  " + TerminalText.line(result.detail())));
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        out.append(style.bold(TerminalText.line(summary()))).append('\n');
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("## Link check\n\n").append(Markdown.text(summary())).append("\n\n");
        for (LinkStatus status : LinkStatus.values()) {
            if (status == LinkStatus.OK || count(status) == 0) {
                continue;
            }
            boolean moved = status == LinkStatus.MOVED;
            out.append("### ").append(moved ? "Moved permanently: update the catalog" : "Broken: " + status.label())
                    .append(" (").append(count(status)).append(")\n\n");
            out.append(Markdown.tableRow(List.of("Entry", "Field", "URL", moved ? "Now at" : "Detail")));
            out.append(Markdown.tableRule(4));
            for (Map.Entry<String, List<Row>> entry : byEntry(status).entrySet()) {
                for (Row row : entry.getValue()) {
                    LinkResult result = row.result();
                    String last = moved ? Markdown.link(result.finalUrl(), result.finalUrl())
                            : Markdown.text(result.detail() == null ? "" : result.detail());
                    out.append(Markdown.tableRow(List.of(Markdown.text(entry.getKey()), Markdown.text(row.link().field()),
                            Markdown.link(row.link().url(), row.link().url()), last)));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Every checked link with its verdict, and the counts. */
    public void json(JsonGenerator json, Instant checkedAt) throws IOException {
        json.writeStartObject();
        json.writeStringField("checkedAt", checkedAt.toString());
        json.writeStringField("ending", outcome.ending().name().toLowerCase(java.util.Locale.ROOT));
        json.writeNumberField("elapsedMs", outcome.elapsed().toMillis());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("links", rows.size() + uncheckedLinks);
        json.writeNumberField("checked", rows.size());
        json.writeNumberField("urls", outcome.total());
        json.writeNumberField("ok", count(LinkStatus.OK));
        json.writeNumberField("moved", count(LinkStatus.MOVED));
        json.writeNumberField("broken", broken());
        json.writeNumberField("unchecked", uncheckedLinks);
        json.writeEndObject();
        json.writeObjectFieldStart("byStatus");
        for (LinkStatus status : LinkStatus.values()) {
            if (count(status) > 0) {
                json.writeNumberField(status.id(), count(status));
            }
        }
        json.writeEndObject();
        json.writeArrayFieldStart("links");
        for (Row row : rows) {
            LinkResult result = row.result();
            json.writeStartObject();
            json.writeStringField("entry", row.link().entryId());
            json.writeStringField("entryType", row.link().group() ? "group" : "project");
            json.writeStringField("kind", row.link().kind().id());
            json.writeStringField("field", row.link().field());
            json.writeStringField("url", row.link().url());
            result.writeVerdict(json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
