package dev.cncfcontrib.view;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Markdown;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.Table;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Open issues as a table, Markdown or JSON. Every text came from the network: the table and Markdown sanitise it,
 * the JSON writer escapes what a terminal would obey.
 */
public final class IssueViews {

    private IssueViews() {
    }

    /**
     * @param projectLabel the catalog's id for a CLOTributor project name (the name itself when unknown)
     * @param languages    the languages asked for, shown first when a repository has several
     * @param nowMillis    to say how old each issue is
     */
    @SuppressWarnings("unchecked")
    public static String table(List<Issue> issues, UnaryOperator<String> projectLabel, List<String> languages, long nowMillis,
            int width, Style style) {
        Table table = new Table("#", "PROJECT", "~REPOSITORY", "AGE", "LANGUAGE", "~LABELS", "~TITLE", "URL");
        int number = 0;
        for (Issue issue : issues) {
            table.styledRow(Map.of(5, style::green, 7, style::cyan), String.valueOf(++number), projectLabel.apply(issue.project()), issue.repository(),
                    age(issue.publishedMillis(), nowMillis), issue.language(languages), String.join(", ", labels(issue)),
                    issue.title(), issue.url());
        }
        return table.render(width, style);
    }

    public static String markdown(List<Issue> issues, UnaryOperator<String> projectLabel, List<String> languages, long nowMillis) {
        StringBuilder out = new StringBuilder();
        out.append(Markdown.tableRow(List.of("#", "Project", "Repository", "Age", "Language", "Labels", "Issue")));
        out.append(Markdown.tableRule(7));
        int number = 0;
        for (Issue issue : issues) {
            out.append(Markdown.tableRow(List.of(String.valueOf(++number), Markdown.text(projectLabel.apply(issue.project())),
                    Markdown.text(issue.repository()), Markdown.text(age(issue.publishedMillis(), nowMillis)),
                    Markdown.text(issue.language(languages)), Markdown.text(String.join(", ", labels(issue))),
                    Markdown.link(issue.title(), issue.url()))));
        }
        return out.toString();
    }

    public static void json(List<Issue> issues, UnaryOperator<String> projectLabel, List<String> languages, PrintWriter out)
            throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartArray();
            for (Issue issue : issues) {
                json.writeStartObject();
                json.writeStringField("project", projectLabel.apply(issue.project()));
                json.writeStringField("clotributorProject", issue.project());
                json.writeStringField("source", issue.source().id());
                json.writeStringField("repository", issue.repository());
                json.writeNumberField("number", issue.number());
                json.writeStringField("title", issue.title());
                json.writeStringField("url", issue.url());
                json.writeStringField("language", issue.language(languages));
                json.writeArrayFieldStart("languages");
                for (String language : issue.languages()) {
                    json.writeString(language);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("labels");
                for (String label : issue.labels()) {
                    json.writeString(label);
                }
                json.writeEndArray();
                json.writeBooleanField("goodFirstIssue", issue.goodFirstIssue());
                json.writeBooleanField("mentorAvailable", issue.mentorAvailable());
                json.writeBooleanField("linkedPullRequest", issue.linkedPullRequest());
                if (issue.publishedMillis() > 0) {
                    json.writeStringField("publishedAt", Instant.ofEpochMilli(issue.publishedMillis()).toString());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }

    /** The labels that matter to a newcomer, in words. */
    static List<String> labels(Issue issue) {
        List<String> labels = new ArrayList<>();
        if (issue.goodFirstIssue()) {
            labels.add("good first issue");
        }
        if (issue.mentorAvailable()) {
            labels.add("mentor available");
        }
        if (issue.linkedPullRequest()) {
            labels.add("has a pull request");
        }
        return labels;
    }

    /** "now", "5h", "3d", "2mo", "1y": how long the issue has been open. */
    public static String age(long publishedMillis, long nowMillis) {
        if (publishedMillis <= 0) {
            return "";
        }
        long hours = TimeUnit.MILLISECONDS.toHours(Math.max(0, nowMillis - publishedMillis));
        if (hours < 1) {
            return "now";
        }
        if (hours < 48) {
            return hours + "h";
        }
        long days = hours / 24;
        if (days < 60) {
            return days + "d";
        }
        if (days < 730) {
            return days / 30 + "mo";
        }
        return days / 365 + "y";
    }

    /** One line naming an issue: "#123 Title (owner/repo, 3d)", sanitised. */
    public static String oneLine(Issue issue, long nowMillis) {
        String age = age(issue.publishedMillis(), nowMillis);
        return "#" + issue.number() + " " + TerminalText.line(issue.title()) + " (" + TerminalText.line(issue.repository())
                + (age.isEmpty() ? "" : ", " + age) + ")";
    }
}
