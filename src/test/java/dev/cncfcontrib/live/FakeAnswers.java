package dev.cncfcontrib.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * Synthetic answers shaped like the real ones: CLOTributor's issue search (the JSON object search_issues.sql builds
 * for each issue, the total in {@code pagination-total-count}) and GitHub's REST answers (search, pull request,
 * commits, check runs, combined status), with only made-up data.
 */
public final class FakeAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeAnswers() {
    }

    /** One issue as CLOTributor answers it. */
    public record ClotributorIssue(String project, String repositoryUrl, long number, String title, List<String> languages,
                                   boolean goodFirstIssue, boolean mentorAvailable, Instant published) {

        public static ClotributorIssue of(String project, String repositoryUrl, long number, String title) {
            return new ClotributorIssue(project, repositoryUrl, number, title, List.of("Go"), true, false,
                    Instant.parse("2026-11-18T10:00:00Z"));
        }

        public ClotributorIssue languages(String... used) {
            return new ClotributorIssue(project, repositoryUrl, number, title, List.of(used), goodFirstIssue, mentorAvailable, published);
        }

        public ClotributorIssue mentor() {
            return new ClotributorIssue(project, repositoryUrl, number, title, languages, goodFirstIssue, true, published);
        }

        public ClotributorIssue notGoodFirst() {
            return new ClotributorIssue(project, repositoryUrl, number, title, languages, false, mentorAvailable, published);
        }
    }

    public static String clotributorBody(List<ClotributorIssue> issues) {
        ArrayNode array = JSON.createArrayNode();
        for (ClotributorIssue issue : issues) {
            ObjectNode node = array.addObject();
            node.put("number", issue.number());
            node.put("title", issue.title());
            node.put("url", issue.repositoryUrl() + "/issues/" + issue.number());
            ArrayNode labels = node.putArray("labels");
            labels.add("help wanted");
            if (issue.goodFirstIssue()) {
                labels.add("good first issue");
                node.put("good_first_issue", true);
            }
            if (issue.mentorAvailable()) {
                labels.add("mentor available");
                node.put("mentor_available", true);
            }
            node.put("published_at", issue.published().getEpochSecond());
            node.put("kind", "enhancement");
            node.put("has_linked_prs", false);
            ObjectNode repository = node.putObject("repository");
            repository.put("name", issue.repositoryUrl().substring(issue.repositoryUrl().lastIndexOf('/') + 1));
            repository.put("url", issue.repositoryUrl());
            repository.putArray("topics").add("cncf");
            ArrayNode languages = repository.putArray("languages");
            issue.languages().forEach(languages::add);
            repository.put("stars", 1234);
            ObjectNode project = node.putObject("project");
            project.put("name", issue.project());
            project.put("display_name", issue.project());
            project.put("logo_url", "https://example.test/logo.svg");
            project.put("accepted_at", "2020-01-01");
            project.put("maturity", "incubating");
            project.put("foundation", "cncf");
            node.put("_relevance", 1);
        }
        return array.toString();
    }

    /** A CLOTributor answer: the page's issues, and how many match in all. */
    public static MockResponse clotributor(int total, List<ClotributorIssue> issues) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Cache-Control", "max-age=300").setHeader("pagination-total-count", String.valueOf(total))
                .body(clotributorBody(issues)).build();
    }

    public static MockResponse clotributor(List<ClotributorIssue> issues) {
        return clotributor(issues.size(), issues);
    }

    /** GitHub's issue search answer for good first issues of these repositories (owner/name). */
    public static MockResponse githubSearch(String... issues) {
        ObjectNode root = JSON.createObjectNode();
        root.put("total_count", issues.length);
        root.put("incomplete_results", false);
        ArrayNode items = root.putArray("items");
        int number = 100;
        for (String repository : issues) {
            ObjectNode item = items.addObject();
            number++;
            item.put("url", "https://api.github.com/repos/" + repository + "/issues/" + number);
            item.put("repository_url", "https://api.github.com/repos/" + repository);
            item.put("html_url", "https://github.com/" + repository + "/issues/" + number);
            item.put("number", number);
            item.put("title", "Improve the docs of " + repository);
            item.put("state", "open");
            item.putNull("assignee");
            item.putArray("labels").addObject().put("name", "good first issue");
            item.put("created_at", "2026-11-20T10:00:00Z");
            item.putObject("user").put("login", "maintainer");
        }
        return json(root.toString());
    }

    public static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
    }

    /** A pull request (GET /repos/{o}/{r}/pulls/{n}). */
    public static MockResponse pullRequest(String repository, long number, String head, String title) {
        ObjectNode root = JSON.createObjectNode();
        root.put("number", number);
        root.put("state", "open");
        root.put("merged", false);
        root.put("title", title);
        root.put("html_url", "https://github.com/" + repository + "/pull/" + number);
        root.putObject("user").put("login", "jdoe");
        root.putObject("head").put("sha", head).put("ref", "retry-option");
        root.putObject("base").put("ref", "main");
        return json(root.toString());
    }

    /** A commit of a pull request (GET /repos/{o}/{r}/pulls/{n}/commits); {@code login} null: linked to no account. */
    public record PullCommit(String sha, String name, String email, String message, String login) {
    }

    public static MockResponse commits(PullCommit... commits) {
        ArrayNode array = JSON.createArrayNode();
        String parent = "0000000000000000000000000000000000000001";
        for (PullCommit commit : commits) {
            ObjectNode node = array.addObject();
            node.put("sha", commit.sha());
            ObjectNode inner = node.putObject("commit");
            inner.putObject("author").put("name", commit.name()).put("email", commit.email()).put("date", "2026-11-20T10:00:00Z");
            inner.putObject("committer").put("name", commit.name()).put("email", commit.email()).put("date", "2026-11-20T10:00:00Z");
            inner.put("message", commit.message());
            if (commit.login() == null) {
                node.putNull("author");
            } else {
                node.putObject("author").put("login", commit.login());
            }
            node.putArray("parents").addObject().put("sha", parent);
            parent = commit.sha();
        }
        return json(array.toString());
    }

    /** A check run: name, status (completed...), conclusion (failure, success, or null while running). */
    public record Run(long id, String name, String app, String status, String conclusion, String title) {
    }

    public static MockResponse checkRuns(Run... runs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("total_count", runs.length);
        ArrayNode array = root.putArray("check_runs");
        for (Run run : runs) {
            ObjectNode node = array.addObject();
            node.put("id", run.id());
            node.put("name", run.name());
            node.put("status", run.status());
            if (run.conclusion() == null) {
                node.putNull("conclusion");
            } else {
                node.put("conclusion", run.conclusion());
            }
            node.put("html_url", "https://github.com/example/checks/" + run.id());
            node.putObject("output").put("title", run.title()).put("summary", "Summary of " + run.name());
            node.putObject("app").put("slug", run.app()).put("name", run.app());
        }
        return json(root.toString());
    }

    /** A commit status context: context, state (success, failure, error, pending), description, target URL. */
    public record Status(String context, String state, String description, String targetUrl) {
    }

    public static MockResponse statuses(Status... statuses) {
        ObjectNode root = JSON.createObjectNode();
        String combined = "success";
        ArrayNode array = root.putArray("statuses");
        for (Status status : statuses) {
            ObjectNode node = array.addObject();
            node.put("context", status.context());
            node.put("state", status.state());
            node.put("description", status.description());
            node.put("target_url", status.targetUrl());
            if (!status.state().equals("success")) {
                combined = status.state();
            }
        }
        root.put("state", combined);
        root.put("total_count", statuses.length);
        return json(root.toString());
    }
}
