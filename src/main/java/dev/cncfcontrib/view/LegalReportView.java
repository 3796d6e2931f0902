package dev.cncfcontrib.view;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.catalog.Source;
import dev.cncfcontrib.onboarding.CloneLegal;
import dev.cncfcontrib.onboarding.LegalAdvice;
import dev.cncfcontrib.onboarding.LegalVerdict;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Renders {@code check legal}: the catalog's fact, the clone's evidence, the signed-off share and the verdict. */
public final class LegalReportView {

    private LegalReportView() {
    }

    public static String text(Project project, Path clonePath, CloneLegal clone, LegalVerdict verdict, Style style) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Legal requirement")).append(project == null ? "" : " of " + TerminalText.line(project.name()))
                .append(", in ").append(TerminalText.line(clonePath.toString())).append('\n');
        out.append("  catalog    ");
        if (project == null) {
            out.append("no project for this clone (its remotes name none the catalog has; pass --project P)\n");
        } else {
            Legal legal = project.legal();
            out.append(legal.kind().id()).append(": ").append(TerminalText.line(Card.legalSummary(legal))).append('\n');
            Source source = LegalAdvice.source(project);
            if (source != null && source.url() != null) {
                out.append("             source: ").append(TerminalText.line(source.url())).append('\n');
            }
        }
        out.append("  clone      ").append(clone.kind());
        if (clone.evidence().isEmpty()) {
            out.append(": no CONTRIBUTING, DCO or CLA file, DCO or CLA bot configuration, workflow or pull-request template"
                    + " here says anything about it\n");
        } else {
            out.append('\n');
            for (CloneLegal.Evidence evidence : clone.evidence()) {
                out.append("             ").append(TerminalText.line(evidence.path())).append(':').append(evidence.line())
                        .append("  ").append(TerminalText.line(evidence.text())).append('\n');
            }
        }
        CloneLegal.SignedOff signedOff = clone.signedOff();
        if (signedOff != null) {
            out.append("  sign-offs  ").append(signedOff.of() == 0 ? "no commits by people to count"
                    : signedOff.of() == 1 ? "the only non-merge commit by people is " + (signedOff.signed() == 1 ? "" : "not ")
                            + "signed off"
                    : signedOff.signed() + " of the newest " + signedOff.of() + " non-merge commits by people are signed off")
                    .append(" (for information: contributors of CLA projects often sign off anyway)\n");
        }
        out.append(verdict.contradiction() ? style.yellow("Verdict:") : style.bold("Verdict:")).append(' ')
                .append(verdict.kind()).append(". ").append(TerminalText.line(capitalised(verdict.why()))).append('\n');
        return out.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code {"project", "catalog": {"kind", "basis"}, "clone": {...}, "verdict": {"kind", "why"}}}. */
    public static void json(Project project, CloneLegal clone, LegalVerdict verdict, PrintWriter out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("project", project == null ? null : project.id());
            json.writeObjectFieldStart("catalog");
            json.writeStringField("kind", project == null ? null : project.legal().kind().id());
            json.writeStringField("basis", project == null ? null : project.legal().basis().id());
            json.writeEndObject();
            json.writeObjectFieldStart("clone");
            json.writeStringField("kind", clone.kind());
            json.writeArrayFieldStart("evidence");
            for (CloneLegal.Evidence evidence : clone.evidence()) {
                json.writeStartObject();
                json.writeStringField("path", evidence.path());
                json.writeNumberField("line", evidence.line());
                json.writeStringField("text", evidence.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (clone.signedOff() == null) {
                json.writeNullField("signedOff");
            } else {
                json.writeObjectFieldStart("signedOff");
                json.writeNumberField("signed", clone.signedOff().signed());
                json.writeNumberField("of", clone.signedOff().of());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("verdict");
            json.writeStringField("kind", verdict.kind());
            json.writeStringField("why", verdict.why());
            json.writeEndObject();
            json.writeEndObject();
        }
        out.println();
    }
}
