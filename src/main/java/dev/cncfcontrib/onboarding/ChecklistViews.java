package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.text.Markdown;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.text.Wrap;
import java.util.List;

/**
 * Onboarding checklists as text for the terminal and as Markdown to share with a mentor. Here rather than in
 * {@code view}, which depends on onboarding's types: the {@link Wizard} shows each step as it asks about it.
 */
public final class ChecklistViews {

    private ChecklistViews() {
    }

    /** One step as the wizard presents it: title, explanation, links, commands to copy. */
    public static String step(Step step, int number, int total, int width, Style style) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(style.bold("Step " + number + " of " + total + ": " + TerminalText.line(step.title()))).append('\n');
        appendBody(out, step, width, style, "  ");
        return out.toString();
    }

    private static void appendBody(StringBuilder out, Step step, int width, Style style, String indent) {
        int wrapAt = width > 0 ? Math.max(20, width - indent.length()) : 0;
        for (String paragraph : step.text()) {
            for (String line : wrapAt > 0 ? Wrap.lines(TerminalText.line(paragraph), wrapAt) : List.of(TerminalText.line(paragraph))) {
                out.append(indent).append(line).append('\n');
            }
        }
        for (Step.Link link : step.links()) {
            out.append(indent).append(TerminalText.line(link.label())).append(": ").append(style.cyan(TerminalText.line(link.url()))).append('\n');
        }
        for (String command : step.commands()) {
            out.append(indent).append("$ ").append(style.bold(TerminalText.line(command))).append('\n');
        }
    }

    /** A checklist as plain text, each step with its state. */
    public static String planText(String projectName, List<Step> steps, Progress.ProjectProgress saved, int width, Style style) {
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Plan for contributing to " + TerminalText.line(projectName))).append('\n');
        appendRecorded(out, saved, style, "");
        for (Step step : steps) {
            StepStatus status = saved == null ? StepStatus.PENDING : saved.statusOf(step.id());
            out.append('\n').append(box(status)).append(' ').append(style.bold(TerminalText.line(step.title())))
                    .append(status == StepStatus.PENDING ? "" : style.dim(" (" + status.id() + ")")).append('\n');
            appendBody(out, step, width, style, "    ");
        }
        return out.toString();
    }

    /** A checklist as GitHub-flavoured Markdown, with task-list boxes ticked for the steps done. */
    public static String planMarkdown(String projectName, List<Step> steps, Progress.ProjectProgress saved) {
        StringBuilder out = new StringBuilder();
        out.append("# Plan for contributing to ").append(Markdown.text(projectName)).append("\n\n");
        if (saved != null && (saved.issue() != null || saved.pullRequest() != null)) {
            if (saved.issue() != null) {
                out.append("Issue: ").append(Markdown.link(saved.issue().title() != null ? saved.issue().title() : saved.issue().url(),
                        saved.issue().url())).append("  \n");
            }
            if (saved.pullRequest() != null) {
                out.append("Pull request: ").append(Markdown.link(saved.pullRequest().url(), saved.pullRequest().url())).append("  \n");
            }
            out.append('\n');
        }
        for (Step step : steps) {
            StepStatus status = saved == null ? StepStatus.PENDING : saved.statusOf(step.id());
            out.append("- [").append(status == StepStatus.DONE ? 'x' : ' ').append("] **").append(Markdown.text(step.title())).append("**");
            if (status == StepStatus.SKIPPED || status == StepStatus.LATER) {
                out.append(" (").append(status.id()).append(')');
            }
            out.append('\n');
            for (String paragraph : step.text()) {
                out.append("  ").append(Markdown.text(paragraph)).append("\n\n");
            }
            for (Step.Link link : step.links()) {
                out.append("  - ").append(Markdown.link(link.label(), link.url())).append('\n');
            }
            if (!step.commands().isEmpty()) {
                out.append("\n  ```sh\n");
                for (String command : step.commands()) {
                    out.append("  ").append(TerminalText.line(command).replace("```", "'''")).append('\n');
                }
                out.append("  ```\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Every saved checklist: one heading per project and one line per step. */
    public static String status(Progress progress, Style style) {
        StringBuilder out = new StringBuilder();
        for (Progress.ProjectProgress project : progress.projects()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(style.bold(TerminalText.line(project.projectName()) + " (" + TerminalText.line(project.projectId()) + ")"))
                    .append(project.projectId().equals(progress.current()) ? " *" : "")
                    .append(": ").append(project.count(StepStatus.DONE)).append(" of ").append(project.steps().size()).append(" done")
                    .append(project.count(StepStatus.LATER) > 0 ? ", " + project.count(StepStatus.LATER) + " for later" : "")
                    .append(project.count(StepStatus.SKIPPED) > 0 ? ", " + project.count(StepStatus.SKIPPED) + " skipped" : "")
                    .append('\n');
            appendRecorded(out, project, style, "  ");
            for (Progress.SavedStep step : project.steps()) {
                out.append("  ").append(box(step.status())).append(' ').append(TerminalText.line(step.title()))
                        .append(step.status() == StepStatus.PENDING || step.status() == StepStatus.DONE ? "" : style.dim(" (" + step.status().id() + ")"))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The issue and pull request recorded for a project, one line each. */
    private static void appendRecorded(StringBuilder out, Progress.ProjectProgress saved, Style style, String indent) {
        if (saved == null) {
            return;
        }
        if (saved.issue() != null) {
            out.append(indent).append("Issue: ").append(style.cyan(TerminalText.line(saved.issue().url())))
                    .append(saved.issue().title() == null ? "" : " (" + TerminalText.line(saved.issue().title()) + ")").append('\n');
        }
        if (saved.pullRequest() != null) {
            out.append(indent).append("Pull request: ").append(style.cyan(TerminalText.line(saved.pullRequest().url())))
                    .append(style.dim(" (check it: cncf-contrib check pr)")).append('\n');
        }
    }

    private static String box(StepStatus status) {
        return switch (status) {
            case DONE -> "[x]";
            case SKIPPED -> "[-]";
            case LATER -> "[>]";
            case PENDING -> "[ ]";
        };
    }
}
