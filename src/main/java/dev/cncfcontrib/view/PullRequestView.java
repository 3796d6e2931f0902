package dev.cncfcontrib.view;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.dco.CommitCheck;
import dev.cncfcontrib.dco.FixPlan;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.live.PullRequestData;
import dev.cncfcontrib.live.PullRequestReport;
import dev.cncfcontrib.live.PullRequestReport.LegalCheck;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * A pull request's legal checks in plain words, each failure with what to do. Everything here came from GitHub
 * (titles, commit messages, check descriptions, links), so every piece is sanitised.
 */
public final class PullRequestView {

    /** Where to link an e-mail address to a GitHub account. */
    static final String EMAIL_SETTINGS = "https://github.com/settings/emails";

    private PullRequestView() {
    }

    public static String text(PullRequestReport report, Style style) {
        StringBuilder out = new StringBuilder();
        PullRequestData.PullRequest pull = report.data().pullRequest();
        out.append(style.bold("Pull request " + TerminalText.line(pull.ref().label())))
                .append(pull.title() == null ? "" : ": " + TerminalText.line(pull.title()))
                .append(" (").append(pull.merged() ? "merged" : TerminalText.line(pull.state()))
                .append(pull.author() == null ? "" : ", by " + TerminalText.line(pull.author())).append(")\n");
        out.append(style.cyan(TerminalText.line(pull.htmlUrl() != null ? pull.htmlUrl() : pull.ref().url()))).append('\n');
        for (LegalCheck check : report.legal()) {
            out.append('\n').append(mark(check.state(), style)).append(' ').append(style.bold(TerminalText.line(check.name())))
                    .append(" (").append(check.via()).append("): ").append(stateWords(check))
                    .append(check.detail() == null || check.detail().isBlank() || check.detail().equalsIgnoreCase(check.name()) ? ""
                            : ": " + TerminalText.line(check.detail()))
                    .append('\n');
            if (check.url() != null && check.state() != PullRequestReport.State.FAILED) {
                out.append("  ").append(style.cyan(TerminalText.line(check.url()))).append('\n');
            }
            if (check.state() == PullRequestReport.State.FAILED) {
                if (check.kind() == PullRequestReport.Kind.DCO) {
                    dcoAdvice(out, report.dco(), check, style);
                } else {
                    claAdvice(out, report.cla(), check, style);
                }
            }
        }
        PullRequestReport.OtherChecks others = report.others();
        if (others.passed() + others.failed() + others.pending() > 0) {
            out.append('\n').append(style.dim("Other checks (tests, linters): " + others.passed() + " passed, " + others.failed()
                    + " failed, " + others.pending() + " pending.")).append('\n');
        }
        for (String note : report.notes()) {
            out.append('\n').append("Note: ").append(TerminalText.line(note)).append('\n');
        }
        out.append('\n').append(summary(report, style)).append('\n');
        return out.toString();
    }

    private static String summary(PullRequestReport report, Style style) {
        long failed = report.legal().stream().filter(check -> check.state() == PullRequestReport.State.FAILED).count();
        long pending = report.legal().stream().filter(check -> check.state() == PullRequestReport.State.PENDING).count();
        int total = report.legal().size();
        if (failed > 0) {
            return style.red("✗") + " " + failed + " of " + total + (total == 1 ? " legal check fails" : " legal checks fail")
                    + (pending > 0 ? ", " + pending + " still running" : "") + ".";
        }
        if (pending > 0) {
            return style.yellow("…") + " " + pending + " of " + total + (total == 1 ? " legal check is" : " legal checks are")
                    + " still running: run this again in a minute.";
        }
        if (total == 0) {
            return style.yellow("-") + " no legal check ran on this pull request.";
        }
        return style.green("✓") + " " + (total == 1 ? "the legal check passes." : "all " + total + " legal checks pass.");
    }

    private static String mark(PullRequestReport.State state, Style style) {
        return switch (state) {
            case PASSED -> style.green("✓");
            case FAILED -> style.red("✗");
            case PENDING -> style.yellow("…");
        };
    }

    private static String stateWords(LegalCheck check) {
        return switch (check.state()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case PENDING -> "not finished";
        };
    }

    private static void dcoAdvice(StringBuilder out, PullRequestReport.DcoAdvice dco, LegalCheck check, Style style) {
        if (check.url() != null) {
            out.append("  details: ").append(style.cyan(TerminalText.line(check.url()))).append('\n');
        }
        if (dco == null) {
            return;
        }
        List<CommitCheck> failing = dco.checks().stream().filter(CommitCheck::failed).toList();
        if (failing.isEmpty()) {
            out.append("  By the rules of ").append(dco.mode().checker()).append(" every commit of the pull request is signed off:")
                    .append(" the check may have run on older commits. Push again, or ask a maintainer to re-run it.\n");
            return;
        }
        out.append("  ").append(failing.size()).append(" of ").append(dco.checks().size())
                .append(dco.checks().size() == 1 ? " commit is" : " commits are").append(" not signed off as ")
                .append(dco.mode().checker()).append(" requires:\n");
        for (CommitCheck commitCheck : failing) {
            Commit commit = commitCheck.commit();
            out.append("    ").append(style.bold(commit.shortSha())).append("  ").append(TerminalText.line(commit.subject())).append('\n');
            for (String reason : commitCheck.reasons()) {
                out.append("      - ").append(TerminalText.line(reason)).append('\n');
            }
        }
        FixPlan fix = dco.fix();
        out.append("  To fix, in your clone, on the pull request's branch")
                .append(fix.kind() == FixPlan.Kind.AMEND ? " (only the newest commit fails):\n" : " (this rewrites its commits):\n");
        for (String command : fix.commands()) {
            out.append("    ").append(style.cyan(TerminalText.line(command))).append('\n');
        }
        for (String note : fix.notes()) {
            out.append("    Note: ").append(TerminalText.line(note)).append('\n');
        }
        out.append("  'cncf-contrib check dco' in that clone shows the same before you push.\n");
        out.append("  If the history must not be rewritten and the project allows remediation commits, the author adds an\n")
                .append("  empty, signed-off commit (git commit --allow-empty --signoff -F FILE) whose message has these lines:\n");
        for (String line : fix.remediation()) {
            out.append("    ").append(TerminalText.line(line)).append('\n');
        }
    }

    private static void claAdvice(StringBuilder out, PullRequestReport.ClaAdvice cla, LegalCheck check, Style style) {
        if (cla == null) {
            return;
        }
        if (cla.signingUrl() != null) {
            out.append("  Sign the CLA here (the link the check gives): ").append(style.cyan(TerminalText.line(cla.signingUrl()))).append('\n');
        } else if (check.url() != null) {
            out.append("  details: ").append(style.cyan(TerminalText.line(check.url()))).append('\n');
        }
        out.append("  The CLA is checked against the e-mail of each commit: every address must be linked to your GitHub account\n")
                .append("  (").append(EMAIL_SETTINGS).append(") and covered by the CLA you sign, as an individual or through your\n")
                .append("  employer. ");
        if (!cla.emails().isEmpty()) {
            out.append("The commits of this pull request use: ").append(TerminalText.line(String.join(", ", cla.emails()))).append(".\n");
        } else {
            out.append('\n');
        }
        if (!cla.unlinkedEmails().isEmpty()) {
            out.append("  GitHub links ").append(TerminalText.line(String.join(", ", cla.unlinkedEmails())))
                    .append(" to no account: add the address at ").append(EMAIL_SETTINGS)
                    .append(", or set the right one (git config user.email) and amend the commits.\n");
        }
        if (cla.noreply()) {
            out.append("  A GitHub noreply address counts only if it is the one of the account that signs.\n");
        }
        boolean easyCla = check.name().toLowerCase(Locale.ROOT).contains("easycla")
                || check.name().toLowerCase(Locale.ROOT).contains("linuxfoundation");
        if (easyCla) {
            out.append("  After you sign, EasyCLA checks again by itself; comment /easycla on the pull request to ask it again.\n");
        }
    }

    public static void json(PullRequestReport report, PrintWriter out) throws IOException {
        PullRequestData.PullRequest pull = report.data().pullRequest();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("pullRequest");
            json.writeStringField("repository", pull.ref().slug());
            json.writeNumberField("number", pull.ref().number());
            json.writeStringField("url", pull.htmlUrl() != null ? pull.htmlUrl() : pull.ref().url());
            writeNullable(json, "title", pull.title());
            writeNullable(json, "state", pull.state());
            json.writeBooleanField("merged", pull.merged());
            writeNullable(json, "author", pull.author());
            writeNullable(json, "head", pull.headSha());
            writeNullable(json, "base", pull.baseRef());
            json.writeEndObject();
            json.writeBooleanField("passed", report.passed());
            json.writeArrayFieldStart("checks");
            for (LegalCheck check : report.legal()) {
                json.writeStartObject();
                json.writeStringField("kind", check.kind().name().toLowerCase(Locale.ROOT));
                json.writeStringField("name", check.name());
                json.writeStringField("via", check.via());
                json.writeStringField("state", check.state().id());
                writeNullable(json, "url", check.url());
                writeNullable(json, "detail", check.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("otherChecks");
            json.writeNumberField("passed", report.others().passed());
            json.writeNumberField("failed", report.others().failed());
            json.writeNumberField("pending", report.others().pending());
            json.writeEndObject();
            if (report.dco() != null) {
                json.writeObjectFieldStart("dco");
                json.writeStringField("mode", report.dco().mode().id());
                json.writeArrayFieldStart("commits");
                for (CommitCheck check : report.dco().checks()) {
                    json.writeStartObject();
                    json.writeStringField("sha", check.commit().sha());
                    json.writeStringField("subject", check.commit().subject());
                    json.writeStringField("status", check.status().label());
                    writeStrings(json, "reasons", check.reasons());
                    json.writeEndObject();
                }
                json.writeEndArray();
                writeStrings(json, "fix", report.dco().fix().commands());
                writeStrings(json, "remediation", report.dco().fix().remediation());
                json.writeEndObject();
            }
            if (report.cla() != null) {
                json.writeObjectFieldStart("cla");
                writeNullable(json, "signingUrl", report.cla().signingUrl());
                writeStrings(json, "emails", report.cla().emails());
                writeStrings(json, "unlinkedEmails", report.cla().unlinkedEmails());
                json.writeEndObject();
            }
            writeStrings(json, "notes", report.notes());
            json.writeEndObject();
        }
        out.println();
    }

    private static void writeNullable(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
