package dev.cncfcontrib.live;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * CLOTributor (clotributor.dev), the CNCF's index of open issues that want help: {@code GET /api/issues/search} with
 * indexed array parameters ({@code project[0]=...}, as its web UI sends them and its server's query-string parser
 * expects), the page's issues as a JSON array and the number of all matches in the {@code pagination-total-count}
 * header (cncf/clotributor, clotributor-apiserver/src/handlers.rs and
 * database/migrations/functions/issues/search_issues.sql).
 */
public final class Clotributor {

    public static final String DEFAULT_URL = "https://clotributor.dev";

    /** The foundation whose projects are asked for: CLOTributor also indexes other foundations'. */
    static final String FOUNDATION = "cncf";

    /** The most issues asked for in one request; more are fetched page by page. */
    static final int PAGE_SIZE = 100;

    /** Pages fetched at most for one question: 2,000 issues, far more than anyone reads. */
    static final int MAX_PAGES = 20;

    /** Issues change over days; an answer younger than this is used without asking (the server says 5 minutes). */
    public static final long MAX_AGE_MILLIS = TimeUnit.HOURS.toMillis(1);

    static final String TOTAL_HEADER = "pagination-total-count";

    /** The headers an answer is cached with. */
    public static final Set<String> KEPT_HEADERS = Set.of(TOTAL_HEADER);

    /** Issues found, how many match in all, and where the answers came from. */
    public record Result(List<Issue> issues, int total, Provenance provenance) {
    }

    private final String baseUrl;
    private final CachedGet get;

    public Clotributor(String baseUrl, CachedGet get) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.get = get;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The issues matching {@code query}, newest first, fetching as many pages as its limit needs. */
    public Result search(IssueQuery query, CachedGet.Mode mode) {
        List<Issue> issues = new ArrayList<>();
        Provenance provenance = new Provenance();
        int total = 0;
        for (int page = 0; page < MAX_PAGES && issues.size() < query.limit(); page++) {
            int wanted = Math.min(PAGE_SIZE, query.limit() - issues.size());
            CachedGet.Answer<List<Issue>> answer = get.get(
                    new HttpGetter.Request(searchUrl(query, wanted, issues.size()), "application/json", null, null, null),
                    MAX_AGE_MILLIS, mode, body -> parse(body, baseUrl), IssueDigest.INSTANCE,
                    response -> CachedGet.generic(response, "CLOTributor (" + CachedGet.host(baseUrl) + ")", get.nowMillis()));
            provenance.add(answer);
            List<Issue> found = answer.value();
            issues.addAll(found.subList(0, Math.min(found.size(), wanted)));
            total = total(answer.headers(), issues.size());
            if (found.size() < wanted || issues.size() >= total) {
                break;
            }
        }
        return new Result(issues, Math.max(total, issues.size()), provenance);
    }

    private static int total(Map<String, String> headers, int fallback) {
        String header = headers.get(TOTAL_HEADER);
        if (header != null) {
            try {
                return Integer.parseInt(header.trim());
            } catch (NumberFormatException ignored) {
                // a server without the header, or a broken one: count what came
            }
        }
        return fallback;
    }

    /** The search URL, parameters in the order CLOTributor's web UI sends them. */
    String searchUrl(IssueQuery query, int limit, int offset) {
        StringBuilder url = new StringBuilder(baseUrl).append("/api/issues/search?limit=").append(limit)
                .append("&offset=").append(offset).append("&sort_by=most_recent");
        if (query.mentor()) {
            url.append("&mentor_available=true");
        }
        if (query.goodFirst()) {
            url.append("&good_first_issue=true");
        }
        appendArray(url, "foundation", List.of(FOUNDATION));
        appendArray(url, "project", query.projects());
        appendArray(url, "language", query.languages());
        appendArray(url, "area", query.areas());
        return url.toString();
    }

    private static void appendArray(StringBuilder url, String key, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            url.append('&').append(key).append('[').append(i).append("]=").append(encode(values.get(i)));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The JSON array of a search answer (search_issues.sql), as issues; entries without a title or URL are skipped. */
    static List<Issue> parse(byte[] body, String origin) {
        Object root = Json.parse(body, origin);
        if (!(root instanceof List<?>)) {
            throw new LiveException(LiveException.Kind.BAD_DATA, origin + " answered with something other than a list of issues");
        }
        List<Issue> issues = new ArrayList<>();
        for (Object item : Json.array(root)) {
            Map<String, Object> issue = Json.object(item);
            String title = Json.text(issue, "title");
            String url = Json.text(issue, "url");
            if (title == null || url == null) {
                continue;
            }
            Map<String, Object> repository = Json.object(issue, "repository");
            Map<String, Object> project = Json.object(issue, "project");
            String repositoryUrl = Json.text(repository, "url");
            String repositoryName = GitHubNames.ownerAndName(repositoryUrl);
            if (repositoryName == null) {
                repositoryName = Json.text(repository, "name") == null ? "" : Json.text(repository, "name");
            }
            issues.add(new Issue(Issue.Source.CLOTRIBUTOR, Json.text(project, "name") == null ? "" : Json.text(project, "name"),
                    repositoryName, Json.number(issue, "number", 0), title, url, Json.texts(repository, "languages"),
                    Json.texts(issue, "labels"), Json.flag(issue, "good_first_issue"), Json.flag(issue, "mentor_available"),
                    TimeUnit.SECONDS.toMillis(Json.number(issue, "published_at", 0)), Json.flag(issue, "has_linked_prs")));
        }
        return issues;
    }
}
