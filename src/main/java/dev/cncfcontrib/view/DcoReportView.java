package dev.cncfcontrib.view;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.dco.CommitCheck;
import dev.cncfcontrib.dco.DcoReport;
import dev.cncfcontrib.dco.FixPlan;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.onboarding.LegalAdvice;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Renders a {@link DcoReport}: what the project asks for, failing commits with their reasons, then the fix. Git and
 * catalog text is sanitised here.
 */
public final class DcoReportView {

    /**
     * The project the clone is for and what its requirement makes of the check.
     *
     * @param project   the clone's project, or null when not known
     * @param counts    the sign-offs decide the exit code: the project asks for a DCO, is not known, or --mode was given
     * @param modeGiven --mode was given explicitly
     */
    public record Framing(Project project, boolean counts, boolean modeGiven) {
    }

    private DcoReportView() {
    }

    public static String text(DcoReport report, Framing framing, Style style) {
        StringBuilder out = new StringBuilder();
        Project project = framing.project();
        Legal legal = project == null ? null : project.legal();
        LegalKind kind = legal == null ? null : legal.kind();
        String name = project == null ? null : TerminalText.line(project.name());
        if (legal != null && legal.conflicting()) {
            out.append(style.yellow("Note:")).append(' ').append(name).append("'s own files disagree about what a pull "
                    + "request needs").append(legal.note() != null ? ": " + TerminalText.line(legal.note()) : ".").append("\n\n");
        }
        boolean claOnly = kind == LegalKind.CNCF_CLA || kind == LegalKind.OTHER_CLA;
        if (claOnly) {
            out.append(name).append(" asks for ").append(kind == LegalKind.CNCF_CLA ? "the CNCF CLA" : "a CLA")
                    .append(", not for sign-offs: its bots").append(legal.bot() != null ? " (" + TerminalText.line(legal.bot()) + ")" : "")
                    .append(" check a CLA, and no Signed-off-by line is needed.\n");
            claSteps(out, project, report);
            out.append('\n');
        } else if (kind == LegalKind.UNKNOWN && !framing.modeGiven()) {
            out.append("Whether ").append(name).append(" asks for a DCO sign-off or a CLA is not known (")
                    .append(legal.basis().description()).append(").\n")
                    .append("Watch your first pull request: a 'DCO' check asks for sign-offs, an EasyCLA or CLA bot comment\n")
                    .append("for an agreement. Most CNCF projects ask for a sign-off, so signing off costs nothing.\n\n");
        } else if (kind == LegalKind.NONE && !framing.modeGiven()) {
            out.append(name).append(" states that it needs neither a sign-off nor a CLA.\n\n");
        }
        if (!framing.counts()) {
            out.append("For information only (nothing here blocks a pull request of ").append(name)
                    .append("), the sign-offs as ").append(report.mode().checker()).append(" would check them:\n");
        } else if (framing.modeGiven() && project != null && !LegalAdvice.signOffsRequired(project)) {
            out.append("--mode was given, so this check decides the exit code although ").append(name)
                    .append(" does not ask for sign-offs.\n");
        }
        report(out, report, style, framing.counts() || kind == LegalKind.UNKNOWN);
        if (kind == LegalKind.DCO_AND_CLA) {
            out.append('\n').append(name).append(" also asks for ").append(TerminalText.line(
                    legal.claName() != null ? "the " + legal.claName() : "a CLA")).append(":\n");
            claSteps(out, project, report);
        }
        return out.toString();
    }

    private static void claSteps(StringBuilder out, Project project, DcoReport report) {
        int number = 1;
        for (String step : LegalAdvice.claSteps(project, report.authorEmails())) {
            out.append("  ").append(number++).append(". ").append(TerminalText.line(step)).append('\n');
        }
        String citation = LegalAdvice.citation(project);
        if (citation != null) {
            out.append("  (").append(TerminalText.line(citation)).append(")\n");
        }
    }

    /** The verdict, the failing commits and, when it matters, the fix. */
    private static void report(StringBuilder out, DcoReport report, Style style, boolean withFix) {
        int total = report.total();
        int failing = report.failing().size();
        String checker = report.mode().checker();
        String range = TerminalText.line(report.range().label());
        String because = report.range().chosenBecause() != null ? " (" + TerminalText.line(report.range().chosenBecause()) + ")" : "";
        if (total == 0) {
            out.append("Nothing to check: ").append(range.endsWith("..HEAD") ? "HEAD has no commits that are not on "
                    + range.substring(0, range.length() - "..HEAD".length()) : "the range " + range + " has no commits")
                    .append(because).append(".\n")
                    .append("Commit your change first, or choose other commits with --base REF or --range A..B.\n");
            return;
        }
        if (failing == 0) {
            out.append(style.green("✓")).append(' ').append(total == 1 ? "the commit passes" : "all " + total + " commits pass")
                    .append(" the DCO check of ").append(checker).append(" (").append(range).append(skipped(report)).append(")\n");
            if (!because.isEmpty()) {
                out.append("  range: ").append(range).append(because).append('\n');
            }
            return;
        }
        out.append(style.red("✗")).append(' ').append(failing).append(" of ").append(total)
                .append(total == 1 ? " commit fails" : " commits fail").append(" the DCO check of ").append(checker).append('\n');
        out.append("  range: ").append(range).append(because).append(skipped(report)).append("\n\n");
        for (CommitCheck check : report.failing()) {
            Commit commit = check.commit();
            out.append("  ").append(style.bold(commit.shortSha())).append("  ")
                    .append(TerminalText.line(commit.subject())).append('\n');
            for (String reason : check.reasons()) {
                out.append("    - ").append(TerminalText.line(reason)).append('\n');
            }
        }
        if (!withFix) {
            return;
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
        if (fix.commands().contains(FixPlan.FORCE_PUSH)) {
            out.append("  (the branch was pushed: '").append(FixPlan.FORCE_PUSH).append("' replaces it, and refuses if someone else pushed to it)\n");
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
    public static void json(DcoReport report, Framing framing, PrintWriter out) throws IOException {
        if (!report.keptAll()) {
            throw new IllegalArgumentException("a JSON report lists every commit: check the range with DcoReport.check");
        }
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("mode", report.mode().id());
            json.writeStringField("range", report.range().label());
            json.writeStringField("rangeReason", report.range().chosenBecause());
            json.writeStringField("base", report.base());
            Project project = framing.project();
            json.writeStringField("project", project == null ? null : project.id());
            if (project == null) {
                json.writeNullField("legal");
            } else {
                json.writeObjectFieldStart("legal");
                json.writeStringField("kind", project.legal().kind().id());
                json.writeStringField("basis", project.legal().basis().id());
                if (project.legal().kind().needsCla()) {
                    writeStrings(json, "claSteps", LegalAdvice.claSteps(project, report.authorEmails()));
                    json.writeStringField("source", LegalAdvice.source(project) == null ? null : LegalAdvice.source(project).url());
                }
                json.writeEndObject();
            }
            json.writeBooleanField("informational", !framing.counts());
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

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
