package dev.cncfcontrib.view;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.dco.CommitCheck;
import dev.cncfcontrib.dco.DcoReport;
import dev.cncfcontrib.dco.FixPlan;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;

/** Renders a {@link DcoReport}: failing commits with their reasons, then the fix. Git text is sanitised here. */
public final class DcoReportView {

    private DcoReportView() {
    }

    public static String text(DcoReport report, Style style) {
        StringBuilder out = new StringBuilder();
        int total = report.total();
        int failing = report.failing().size();
        String checker = report.mode().checker();
        String range = TerminalText.line(report.range().label());
        if (failing == 0) {
            out.append(style.green("✓")).append(' ').append(total == 1 ? "the commit passes" : "all " + total + " commits pass")
                    .append(" the DCO check of ").append(checker).append(" (").append(range).append(skipped(report)).append(")\n");
            return out.toString();
        }
        out.append(style.red("✗")).append(' ').append(failing).append(" of ").append(total)
                .append(total == 1 ? " commit fails" : " commits fail").append(" the DCO check of ").append(checker).append('\n');
        out.append("  range: ").append(range);
        if (report.range().chosenBecause() != null) {
            out.append(" (").append(report.range().chosenBecause()).append(')');
        }
        out.append(skipped(report)).append("\n\n");
        for (CommitCheck check : report.failing()) {
            Commit commit = check.commit();
            out.append("  ").append(style.bold(commit.shortSha())).append("  ")
                    .append(TerminalText.line(commit.subject())).append('\n');
            for (String reason : check.reasons()) {
                out.append("    - ").append(TerminalText.line(reason)).append('\n');
            }
        }
        FixPlan fix = report.fix();
        out.append('\n');
        if (fix.kind() == FixPlan.Kind.AMEND) {
            out.append("To fix, sign off the newest commit again (only it fails):\n");
        } else {
            out.append("To fix, sign off every commit since the branch's base (this rewrites them):\n");
        }
        for (String command : fix.commands()) {
            out.append("  ").append(style.cyan(TerminalText.line(command))).append('\n');
        }
        for (String note : fix.notes()) {
            out.append("  Note: ").append(TerminalText.line(note)).append('\n');
        }
        out.append("\nIf the history must not be rewritten, and the project allows remediation commits\n")
                .append("(.github/dco.yml: allowRemediationCommits: individual: true), the author adds an empty,\n")
                .append("signed-off commit (git commit --allow-empty --signoff -F FILE) whose message has these lines:\n");
        for (String line : fix.remediation()) {
            out.append("  ").append(TerminalText.line(line)).append('\n');
        }
        return out.toString();
    }

    private static String skipped(DcoReport report) {
        long merges = report.count(CommitCheck.Status.SKIPPED_MERGE);
        long bots = report.count(CommitCheck.Status.SKIPPED_BOT);
        StringBuilder text = new StringBuilder();
        if (merges > 0) {
            text.append("; skipped ").append(merges).append(merges == 1 ? " merge commit" : " merge commits");
        }
        if (bots > 0) {
            text.append(merges > 0 ? " and " : "; skipped ").append(bots).append(bots == 1 ? " bot commit" : " bot commits");
        }
        return text.toString();
    }

    /** Every commit with its status: {@code report} must have kept them all ({@link DcoReport#check}). */
    public static void json(DcoReport report, PrintWriter out) throws IOException {
        if (!report.keptAll()) {
            throw new IllegalArgumentException("a JSON report lists every commit: check the range with DcoReport.check");
        }
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("mode", report.mode().id());
            json.writeStringField("range", report.range().label());
            json.writeStringField("base", report.base());
            json.writeNumberField("checked", report.total());
            json.writeNumberField("failed", report.failing().size());
            json.writeBooleanField("passed", report.passed());
            json.writeArrayFieldStart("commits");
            for (CommitCheck check : report.checks()) {
                Commit commit = check.commit();
                json.writeStartObject();
                json.writeStringField("sha", commit.sha());
                json.writeStringField("subject", commit.subject());
                json.writeStringField("author", commit.authorName() + " <" + commit.authorEmail() + ">");
                json.writeStringField("committer", commit.committerName() + " <" + commit.committerEmail() + ">");
                json.writeStringField("status", check.status().label());
                json.writeArrayFieldStart("reasons");
                for (String reason : check.reasons()) {
                    json.writeString(reason);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            FixPlan fix = report.fix();
            json.writeObjectFieldStart("fix");
            json.writeStringField("kind", fix.kind().name().toLowerCase(java.util.Locale.ROOT));
            writeStrings(json, "commands", fix.commands());
            writeStrings(json, "remediation", fix.remediation());
            writeStrings(json, "notes", fix.notes());
            json.writeEndObject();
            json.writeEndObject();
        }
        out.println();
    }

    private static void writeStrings(JsonGenerator json, String name, java.util.List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
