package dev.cncfcontrib.live;

import dev.cncfcontrib.git.Commit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * GitHub's REST API, for what CLOTributor does not cover: good first issues searched across a project's
 * organisations, and a pull request's commits, check runs and commit statuses. The token, when there is one, goes
 * with every request, and these requests go only to the GitHub API.
 */
public final class GitHub {

    public static final String DEFAULT_URL = "https://api.github.com";

    /** GitHub's search answers at most 100 items a page. */
    static final int PAGE_SIZE = 100;
    /** Search results beyond the first 1,000 are never returned by GitHub. */
    static final int MAX_PAGES = 10;
    /** GitHub returns at most 250 commits of a pull request. */
    static final int MAX_COMMIT_PAGES = 3;

    private static final String ACCEPT = "application/vnd.github+json";
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,64}");

    /** The label GitHub's search looks for; the one CNCF projects use for newcomers. */
    public static final String GOOD_FIRST_ISSUE = "good first issue";
    static final String MENTOR_AVAILABLE = "mentor available";

    /** Search results found, how many match in all, and where the answers came from. */
    public record SearchResult(List<Issue> issues, int total, Provenance provenance) {
    }

    private final String apiUrl;
    private final CachedGet get;
    private final Supplier<GitHubToken> tokens;
    private GitHubToken token;
    private boolean tokenLooked;

    /** @param tokens looked up on the first request only (running {@code gh auth token} costs a process) */
    public GitHub(String apiUrl, CachedGet get, Supplier<GitHubToken> tokens) {
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.get = get;
        this.tokens = tokens;
    }

    private GitHubToken token() {
        if (!tokenLooked) {
            token = tokens.get();
            tokenLooked = true;
        }
        return token;
    }

    /** The search query for good first issues of these organisations. */
    static String searchQuery(List<String> organisations, IssueQuery query) {
        StringBuilder q = new StringBuilder("is:issue is:open label:\"" + GOOD_FIRST_ISSUE + "\" no:assignee archived:false");
        if (query.mentor()) {
            q.append(" label:\"").append(MENTOR_AVAILABLE).append('"');
        }
        for (String language : query.languages()) {
            q.append(" language:\"").append(language).append('"');
        }
        for (String organisation : organisations) {
            q.append(" org:").append(organisation);
        }
        return q.toString();
    }

    /**
     * Open, unassigned good first issues in the repositories of {@code organisations}, newest first.
     *
     * @param project the name the issues are filed under (the project's name in CLOTributor)
     */
    public SearchResult searchGoodFirstIssues(String project, List<String> organisations, IssueQuery query, CachedGet.Mode mode) {
        String q = URLEncoder.encode(searchQuery(organisations, query), StandardCharsets.UTF_8);
        List<Issue> issues = new ArrayList<>();
        Provenance provenance = new Provenance();
        int total = 0;
        for (int page = 1; page <= MAX_PAGES && issues.size() < query.limit(); page++) {
            int wanted = Math.min(PAGE_SIZE, query.limit() - issues.size());
            // the page size must stay the same from page to page, or the pages would overlap
            int perPage = Math.min(PAGE_SIZE, query.limit());
            String url = apiUrl + "/search/issues?q=" + q + "&sort=created&order=desc&per_page=" + perPage + "&page=" + page;
            CachedGet.Answer<Search> answer = get.get(request(url), Clotributor.MAX_AGE_MILLIS, mode,
                    body -> parseSearch(body, project), this::refusal);
            provenance.add(answer);
            List<Issue> found = answer.value().issues();
            issues.addAll(found.subList(0, Math.min(found.size(), wanted)));
            total = answer.value().total();
            if (found.size() < perPage || issues.size() >= total) {
                break;
            }
        }
        return new SearchResult(issues, Math.max(total, issues.size()), provenance);
    }

    private record Search(List<Issue> issues, int total) {
    }

    private Search parseSearch(byte[] body, String project) {
        Map<String, Object> root = Json.object(Json.parse(body, "GitHub's search"));
        List<Issue> issues = new ArrayList<>();
        for (Object value : Json.requiredArray(root, "items", "GitHub's search answered without a list of items")) {
            Map<String, Object> item = Json.object(value);
            String title = Json.text(item, "title");
            String url = Json.text(item, "html_url");
            if (title == null || url == null || item.containsKey("pull_request")) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (Object label : Json.array(item, "labels")) {
                String name = Json.text(Json.object(label), "name");
                if (name != null) {
                    labels.add(name);
                }
            }
            boolean goodFirst = labels.stream().anyMatch(label -> label.equalsIgnoreCase(GOOD_FIRST_ISSUE));
            boolean mentor = labels.stream().anyMatch(label -> label.equalsIgnoreCase(MENTOR_AVAILABLE)
                    || label.equalsIgnoreCase("mentorship"));
            String repository = GitHubNames.fromApiUrl(Json.text(item, "repository_url"));
            issues.add(new Issue(Issue.Source.GITHUB, project, repository == null ? "" : repository, Json.number(item, "number", 0),
                    title, url, List.of(), labels, goodFirst, mentor, millis(Json.text(item, "created_at")), false));
        }
        return new Search(issues, (int) Math.min(Integer.MAX_VALUE, Json.number(root, "total_count", issues.size())));
    }

    private static long millis(String timestamp) {
        if (timestamp == null) {
            return 0;
        }
        try {
            return Instant.parse(timestamp).toEpochMilli();
        } catch (DateTimeException e) {
            return 0;
        }
    }

    /**
     * The pull request, its commits and its head commit's check runs and statuses: four questions (more for a pull
     * request of over 100 commits), each revalidated, since checks change by the minute.
     */
    public PullRequestData pullRequest(PullRequestRef ref, CachedGet.Mode mode) {
        Provenance provenance = new Provenance();
        String repo = apiUrl + "/repos/" + ref.owner() + "/" + ref.repository();
        CachedGet.Answer<PullRequestData.PullRequest> pull = get.get(request(repo + "/pulls/" + ref.number()), 0, mode,
                body -> parsePullRequest(body, ref), response -> notFound(response, "no pull request " + ref.label()));
        provenance.add(pull);
        PullRequestData.PullRequest pullRequest = pull.value();

        List<PullRequestData.PullRequestCommit> commits = new ArrayList<>();
        for (int page = 1; page <= MAX_COMMIT_PAGES; page++) {
            CachedGet.Answer<List<PullRequestData.PullRequestCommit>> answer = get.get(
                    request(repo + "/pulls/" + ref.number() + "/commits?per_page=" + PAGE_SIZE + "&page=" + page), 0, mode,
                    GitHub::parseCommits, this::refusal);
            provenance.add(answer);
            commits.addAll(answer.value());
            if (answer.value().size() < PAGE_SIZE) {
                break;
            }
        }
        String head = pullRequest.headSha();
        if (head == null && !commits.isEmpty()) {
            head = commits.get(commits.size() - 1).commit().sha();
        }
        List<PullRequestData.CheckRun> runs = List.of();
        List<PullRequestData.StatusContext> statuses = List.of();
        if (head != null && SHA.matcher(head).matches()) {
            CachedGet.Answer<List<PullRequestData.CheckRun>> checkRuns = get.get(
                    request(repo + "/commits/" + head + "/check-runs?per_page=" + PAGE_SIZE), 0, mode, GitHub::parseCheckRuns,
                    this::refusal);
            provenance.add(checkRuns);
            runs = checkRuns.value();
            CachedGet.Answer<List<PullRequestData.StatusContext>> combined = get.get(
                    request(repo + "/commits/" + head + "/status?per_page=" + PAGE_SIZE), 0, mode, GitHub::parseStatuses,
                    this::refusal);
            provenance.add(combined);
            statuses = combined.value();
        }
        return new PullRequestData(pullRequest, commits, runs, statuses, provenance);
    }

    private static PullRequestData.PullRequest parsePullRequest(byte[] body, PullRequestRef ref) {
        Map<String, Object> root = Json.object(Json.parse(body, "GitHub"));
        if (Json.text(root, "state") == null) {
            throw new LiveException(LiveException.Kind.BAD_DATA, "GitHub's answer for " + ref.label() + " is not a pull request");
        }
        return new PullRequestData.PullRequest(ref, Json.text(root, "title"), Json.text(root, "state"), Json.flag(root, "merged"),
                Json.text(root, "html_url"), Json.text(Json.object(root, "head"), "sha"), Json.text(Json.object(root, "base"), "ref"),
                Json.text(Json.object(root, "user"), "login"));
    }

    private static List<PullRequestData.PullRequestCommit> parseCommits(byte[] body) {
        Object root = Json.parse(body, "GitHub");
        if (!(root instanceof List<?>)) {
            throw new LiveException(LiveException.Kind.BAD_DATA, "GitHub answered with something other than a list of commits");
        }
        List<PullRequestData.PullRequestCommit> commits = new ArrayList<>();
        for (Object value : Json.array(root)) {
            Map<String, Object> item = Json.object(value);
            String sha = Json.text(item, "sha");
            Map<String, Object> commit = Json.object(item, "commit");
            if (sha == null || commit.isEmpty()) {
                continue;
            }
            List<String> parents = new ArrayList<>();
            for (Object parent : Json.array(item, "parents")) {
                String parentSha = Json.text(Json.object(parent), "sha");
                if (parentSha != null) {
                    parents.add(parentSha);
                }
            }
            Map<String, Object> author = Json.object(commit, "author");
            Map<String, Object> committer = Json.object(commit, "committer");
            Commit parsed = new Commit(sha, parents, orEmpty(Json.text(author, "name")), orEmpty(Json.text(author, "email")),
                    orEmpty(Json.text(committer, "name")), orEmpty(Json.text(committer, "email")), orEmpty(Json.text(commit, "message")));
            commits.add(new PullRequestData.PullRequestCommit(parsed, Json.text(Json.object(item, "author"), "login")));
        }
        return commits;
    }

    private static List<PullRequestData.CheckRun> parseCheckRuns(byte[] body) {
        Map<String, Object> root = Json.object(Json.parse(body, "GitHub"));
        List<PullRequestData.CheckRun> runs = new ArrayList<>();
        for (Object value : Json.requiredArray(root, "check_runs", "GitHub answered without a list of check runs")) {
            Map<String, Object> run = Json.object(value);
            String name = Json.text(run, "name");
            if (name == null) {
                continue;
            }
            Map<String, Object> output = Json.object(run, "output");
            String url = Json.text(run, "html_url") != null ? Json.text(run, "html_url") : Json.text(run, "details_url");
            runs.add(new PullRequestData.CheckRun(Json.number(run, "id", 0), name, orEmpty(Json.text(run, "status")),
                    Json.text(run, "conclusion"), url, Json.text(output, "title"), Json.text(output, "summary"),
                    Json.text(Json.object(run, "app"), "slug")));
        }
        return runs;
    }

    private static List<PullRequestData.StatusContext> parseStatuses(byte[] body) {
        Map<String, Object> root = Json.object(Json.parse(body, "GitHub"));
        List<PullRequestData.StatusContext> statuses = new ArrayList<>();
        for (Object value : Json.requiredArray(root, "statuses", "GitHub answered without a list of commit statuses")) {
            Map<String, Object> status = Json.object(value);
            String context = Json.text(status, "context");
            if (context != null) {
                statuses.add(new PullRequestData.StatusContext(context, orEmpty(Json.text(status, "state")),
                        Json.text(status, "description"), Json.text(status, "target_url")));
            }
        }
        return statuses;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private HttpGetter.Request request(String url) {
        return new HttpGetter.Request(url, ACCEPT, token(), null, null);
    }

    private LiveException notFound(HttpGetter.Response response, String what) {
        if (response.status() == 404) {
            return new LiveException(LiveException.Kind.NOT_FOUND, "GitHub has " + what
                    + (token() == null ? " (or it is in a private repository: set GH_TOKEN)" : ""));
        }
        return refusal(response);
    }

    /** What a GitHub answer other than 200 means, in words: a rate limit says when to try again. */
    LiveException refusal(HttpGetter.Response response) {
        int status = response.status();
        String message = errorMessage(response);
        long now = get.nowMillis();
        if (RateLimits.limited(response)) {
            long retryAt = RateLimits.retryAt(response, now);
            String limit = response.header("x-ratelimit-limit");
            String resource = response.header("x-ratelimit-resource");
            String allowance = limit == null ? "" : " (" + limit.trim() + " requests"
                    + (resource == null ? "" : " to its " + resource.trim() + " API") + " in the current window)";
            GitHubToken used = token();
            return new LiveException(LiveException.Kind.RATE_LIMITED, "GitHub's rate limit "
                    + (used == null ? "for requests without a token " : "") + "is used up" + allowance + "; try again "
                    + RateLimits.when(retryAt, now)
                    + (used == null ? ", or set GH_TOKEN (or run 'gh auth login') for a higher limit" : ""), retryAt, null);
        }
        String said = status + (message == null ? "" : ": " + message);
        return switch (status) {
            case 401 -> new LiveException(LiveException.Kind.REFUSED, token() == null ? "GitHub asks for a token (" + said + "); set GH_TOKEN"
                    : "GitHub rejected the token from " + token().source() + " (" + said + "); renew it, or unset it to go without");
            case 403 -> new LiveException(LiveException.Kind.REFUSED, "GitHub refused the request (" + said + ")");
            case 404 -> new LiveException(LiveException.Kind.NOT_FOUND, "GitHub found nothing there (" + said + ")");
            case 422 -> new LiveException(LiveException.Kind.NOT_FOUND, "GitHub cannot answer this search (" + said
                    + "); an organisation of the project may no longer exist");
            default -> new LiveException(LiveException.Kind.NETWORK, "GitHub answered " + said);
        };
    }

    /** The "message" of a GitHub error body, when there is one. */
    private static String errorMessage(HttpGetter.Response response) {
        if (response.body() == null || response.body().length == 0) {
            return response.message() == null || response.message().isBlank() ? null : response.message();
        }
        try {
            String message = Json.text(Json.object(Json.parse(response.body(), "GitHub")), "message");
            if (message != null) {
                return message.length() > 200 ? message.substring(0, 200) + "…" : message;
            }
        } catch (LiveException notJson) {
            // an HTML error page from a proxy: the status line says enough
        }
        return response.message() == null || response.message().isBlank() ? null : response.message();
    }
}
