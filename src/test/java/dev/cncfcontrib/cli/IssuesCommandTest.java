package dev.cncfcontrib.cli;

import static dev.cncfcontrib.live.FakeAnswers.ClotributorIssue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.live.FakeAnswers;
import dev.cncfcontrib.net.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code issues} against two loopback servers that answer like CLOTributor and GitHub's REST API, with the bundled
 * catalog (its CLOTributor names and GitHub organisations) and a clock the test moves.
 */
class IssuesCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String TOKEN = "ghp_secretTokenValue1234567890";

    @TempDir
    Path home;

    private MockWebServer clotributor;
    private MockWebServer github;
    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> opened = new ArrayList<>();

    /** A clock the test sets forward, to age the cache. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        clotributor = new MockWebServer();
        clotributor.start();
        github = new MockWebServer();
        github.start();
    }

    @AfterEach
    void tearDown() {
        clotributor.close();
        github.close();
    }

    private CliRun cli() {
        return new CliRun(home)
                .env("CNCF_CONTRIB_CLOTRIBUTOR_URL", base(clotributor))
                .env("CNCF_CONTRIB_GITHUB_API_URL", base(github))
                .with(context -> context.clock(clock)
                        .network(Network.system().withDownloadTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4)))
                        .urlOpener(url -> opened.add(url)));
    }

    private static String base(MockWebServer server) {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static String decoded(RecordedRequest request) {
        return URLDecoder.decode(request.getTarget(), StandardCharsets.UTF_8);
    }

    private static ClotributorIssue kubernetesIssue(long number, String title) {
        return ClotributorIssue.of("kubernetes", "https://github.com/kubernetes/kubectl", number, title);
    }

    @Test
    void filtersReachTheQueryStringAndEachIssueIsListed() throws Exception {
        clotributor.enqueue(FakeAnswers.clotributor(List.of(kubernetesIssue(1234, "Document the --raw flag").mentor())));

        Result result = cli().run("issues", "kubernetes", "--language", "go", "--good-first", "--mentor", "--area", "docs",
                "--limit", "5");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        RecordedRequest request = clotributor.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getTarget()).startsWith("/api/issues/search?limit=5&offset=0&sort_by=most_recent")
                .contains("&mentor_available=true").contains("&good_first_issue=true").contains("&foundation[0]=cncf")
                .contains("&project[0]=kubernetes").contains("&language[0]=Go").contains("&area[0]=docs");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(result.out()).contains("kubernetes").contains("kubernetes/kubectl").contains("3d").contains("Go")
                .contains("good first issue, mentor available").contains("Document the --raw flag")
                .contains("https://github.com/kubernetes/kubectl/issues/1234");
    }

    @Test
    void aProjectIsAskedForByItsClotributorNameAndShownByItsId() throws Exception {
        clotributor.enqueue(FakeAnswers.clotributor(List.of(
                ClotributorIssue.of("open-telemetry", "https://github.com/open-telemetry/opentelemetry-go", 7, "Add an example"))));

        Result result = cli().run("issues", "opentelemetry", "-o", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(decoded(clotributor.takeRequest(1, TimeUnit.SECONDS))).contains("project[0]=open-telemetry");
        JsonNode issue = new ObjectMapper().readTree(result.out()).get(0);
        assertThat(issue.get("project").asText()).isEqualTo("opentelemetry");
        assertThat(issue.get("clotributorProject").asText()).isEqualTo("open-telemetry");
        assertThat(issue.get("repository").asText()).isEqualTo("open-telemetry/opentelemetry-go");
        assertThat(issue.get("publishedAt").asText()).isEqualTo("2026-11-18T10:00:00Z");
        assertThat(issue.get("goodFirstIssue").asBoolean()).isTrue();
    }

    @Test
    void moreIssuesThanAPageAreFetchedPageByPage() throws Exception {
        List<ClotributorIssue> first = new ArrayList<>();
        List<ClotributorIssue> second = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            (i < 100 ? first : second).add(kubernetesIssue(i + 1, "Issue " + (i + 1)));
        }
        clotributor.enqueue(FakeAnswers.clotributor(420, first));
        clotributor.enqueue(FakeAnswers.clotributor(420, second));

        Result result = cli().run("issues", "--limit", "150", "-o", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(clotributor.takeRequest(1, TimeUnit.SECONDS).getTarget()).startsWith("/api/issues/search?limit=100&offset=0&");
        assertThat(clotributor.takeRequest(1, TimeUnit.SECONDS).getTarget()).startsWith("/api/issues/search?limit=50&offset=100&");
        assertThat(clotributor.getRequestCount()).isEqualTo(2);
        JsonNode issues = new ObjectMapper().readTree(result.out());
        assertThat(issues).hasSize(150);
        assertThat(issues.get(149).get("title").asText()).isEqualTo("Issue 150");
    }

    @Test
    void aTableSaysHowManyMoreMatch() {
        clotributor.enqueue(FakeAnswers.clotributor(57, List.of(kubernetesIssue(1, "One"), kubernetesIssue(2, "Two"))));

        Result result = cli().run("issues", "--limit", "2");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("Showing 2 of 57 open issues");
    }

    @Test
    void aProjectClotributorHasNothingForIsSearchedOnGitHubAcrossItsOrganisations() throws Exception {
        clotributor.enqueue(FakeAnswers.clotributor(List.of()));
        github.enqueue(FakeAnswers.githubSearch("open-telemetry/opentelemetry-java"));

        Result result = cli().run("issues", "opentelemetry");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String query = decoded(github.takeRequest(1, TimeUnit.SECONDS));
        assertThat(query).startsWith("/search/issues?q=").contains("label:\"good first issue\"").contains("is:open")
                .contains("no:assignee").contains("org:open-telemetry").doesNotContain("repo:").doesNotContain("community");
        assertThat(result.err()).contains("CLOTributor lists no open issues for OpenTelemetry; searched GitHub for good first"
                + " issues in org:open-telemetry instead");
        assertThat(result.out()).contains("open-telemetry/opentelemetry-java").contains("Improve the docs of")
                .contains("https://github.com/open-telemetry/opentelemetry-java/issues/101");
    }

    @Test
    void theTokenGoesToGitHubOnlyAndIsNeverPrinted() throws Exception {
        clotributor.enqueue(FakeAnswers.clotributor(List.of()));
        github.enqueue(FakeAnswers.githubSearch("kubernetes/kubectl"));
        CliRun cli = cli().env("GH_TOKEN", TOKEN);

        Result result = cli.run("issues", "kubernetes", "--verbose");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(clotributor.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isNull();
        assertThat(github.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(result.out() + result.err()).doesNotContain(TOKEN);

        // a token GitHub rejects: the error names where the token came from, never the token, even with --verbose
        github.enqueue(new MockResponse.Builder().code(401).body("{\"message\": \"Bad credentials\"}").build());
        Result rejected = cli.run("issues", "kubernetes", "--source", "github", "--refresh", "--verbose");

        assertThat(rejected.exitCode()).as(rejected.toString()).isEqualTo(5);
        assertThat(rejected.err()).contains("GitHub rejected the token from GH_TOKEN (401: Bad credentials)");
        assertThat(rejected.out() + rejected.err()).doesNotContain(TOKEN);
    }

    @Test
    void aRateLimitSaysWhenToTryAgain() {
        long reset = NOW.plusSeconds(42).getEpochSecond();
        github.enqueue(new MockResponse.Builder().code(403).setHeader("X-RateLimit-Limit", "10")
                .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", String.valueOf(reset))
                .setHeader("X-RateLimit-Resource", "search")
                .body("{\"message\": \"API rate limit exceeded for 127.0.0.1.\"}").build());

        Result result = cli().run("issues", "kubernetes", "--source", "github");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("GitHub's rate limit for requests without a token is used up (10 requests to its search API"
                + " in the current window); try again in 42 s (at 10:00 UTC), or set GH_TOKEN");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aRetryAfterIsHonouredInTheMessage() {
        github.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "180")
                .body("{\"message\": \"You have exceeded a secondary rate limit.\"}").build());

        Result result = cli().env("GH_TOKEN", TOKEN).run("issues", "kubernetes", "--source", "github");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("try again in 3 min (at 10:03 UTC)").doesNotContain("set GH_TOKEN").doesNotContain(TOKEN);
    }

    @Test
    void aServerErrorWithoutCacheExits5WithOneLine() {
        clotributor.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());

        Result result = cli().run("issues", "kubernetes", "--source", "clotributor");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: CLOTributor (localhost) answered 500").contains("nothing is cached");
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        String huge = "[" + "\"x\",".repeat((int) (LiveServices.MAX_ANSWER_BYTES / 4)) + "\"x\"]";
        clotributor.enqueue(new MockResponse.Builder().code(200).body(huge).build());

        Result result = cli().run("issues", "kubernetes", "--source", "clotributor");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
        assertThat(result.err()).contains("larger than 4 MiB; refused");
    }

    @Test
    void textFromTheNetworkNeverReachesTheTerminalRaw() throws Exception {
        String hostile = "Fix \u001b]8;;https://evil.test\u0007this\u001b]8;;\u0007 \u001b[2J\u001b[31mnow\u202e";
        clotributor.enqueue(FakeAnswers.clotributor(List.of(
                new ClotributorIssue("kubernetes", "https://github.com/kubernetes/kubectl", 9, hostile, List.of("Go\u001b[1m"), true,
                        false, NOW.minusSeconds(7200)))));

        Result table = cli().terminal(200, true).run("issues", "kubernetes");
        Result markdown = cli().run("issues", "kubernetes", "-o", "markdown");
        Result json = cli().run("issues", "kubernetes", "-o", "json");

        for (Result result : List.of(table, markdown, json)) {
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).doesNotContain("\u001b]").doesNotContain("\u001b[2J").doesNotContain("\u0007")
                    .doesNotContain("\u202e").doesNotContain("\u001b[31m");
        }
        assertThat(table.out()).contains("\\x1b]8;;https://evil.test\\x07this");
        assertThat(new ObjectMapper().readTree(json.out()).get(0).get("title").asText()).isEqualTo(hostile);
    }

    @Test
    void aRecentAnswerIsUsedWithoutAskingAndAnOldOneIsRevalidated() throws Exception {
        clotributor.enqueue(new MockResponse.Builder().code(200).setHeader("ETag", "\"page-v1\"")
                .setHeader("pagination-total-count", "1")
                .body(FakeAnswers.clotributorBody(List.of(kubernetesIssue(5, "Cached issue")))).build());
        CliRun cli = cli();
        assertThat(cli.run("issues", "kubernetes").exitCode()).isZero();

        clock.advance(Duration.ofMinutes(30));
        Result fresh = cli.run("issues", "kubernetes");
        assertThat(fresh.out()).contains("Cached issue");
        assertThat(clotributor.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofHours(2));
        clotributor.enqueue(new MockResponse.Builder().code(304).setHeader("ETag", "\"page-v1\"").build());
        Result revalidated = cli.run("issues", "kubernetes");

        assertThat(revalidated.exitCode()).as(revalidated.toString()).isZero();
        assertThat(revalidated.out()).contains("Cached issue");
        assertThat(revalidated.err()).doesNotContain("cached");
        clotributor.takeRequest(1, TimeUnit.SECONDS);
        assertThat(clotributor.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("If-None-Match")).isEqualTo("\"page-v1\"");
    }

    @Test
    void aCachedAnswerReadsBackExactlyAsFetched() {
        clotributor.enqueue(FakeAnswers.clotributor(List.of(kubernetesIssue(5, "Caf\u00e9 \u4e2d\u6587 issue").mentor(),
                ClotributorIssue.of("kubernetes", "https://github.com/kubernetes/website", 6, "Docs").languages("Hugo", "HTML").notGoodFirst())));
        CliRun cli = cli();

        Result fetched = cli.run("issues", "kubernetes", "-o", "json");
        Result cached = cli.run("issues", "kubernetes", "-o", "json");

        assertThat(fetched.exitCode()).isZero();
        assertThat(clotributor.getRequestCount()).isEqualTo(1);
        assertThat(cached.out()).isEqualTo(fetched.out()).contains("Hugo");
    }

    @Test
    void withoutNetworkTheCacheAnswersWithItsAge() throws Exception {
        clotributor.enqueue(FakeAnswers.clotributor(List.of(kubernetesIssue(5, "Remembered issue"))));
        CliRun cli = cli();
        assertThat(cli.run("issues", "kubernetes").exitCode()).isZero();
        clotributor.close();
        clock.advance(Duration.ofHours(3));

        Result offline = cli.run("issues", "kubernetes");

        assertThat(offline.exitCode()).as(offline.toString()).isZero();
        assertThat(offline.out()).contains("Remembered issue");
        assertThat(offline.err()).contains("note: showing answers cached 3 h ago (2026-11-21 10:00 UTC): cannot reach localhost");

        Result asked = cli.run("issues", "kubernetes", "--offline");
        assertThat(asked.exitCode()).isZero();
        assertThat(asked.err()).contains("cached 3 h ago").contains("offline, as asked");
    }

    @Test
    void withoutNetworkOrCacheItExits5WithOneLine() {
        clotributor.close();
        github.close();

        Result result = cli().run("issues", "kubernetes");
        Result offline = cli().run("issues", "kubernetes", "--offline");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: cannot reach localhost").contains("nothing is cached for this question");
        assertThat(offline.exitCode()).isEqualTo(5);
        assertThat(offline.err()).contains("nothing cached from localhost for this question yet");
    }

    @Test
    void endpointsMustBeHttpsOrLoopback() {
        Result result = cli().env("CNCF_CONTRIB_CLOTRIBUTOR_URL", "http://clotributor.example.org").run("issues");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("CNCF_CONTRIB_CLOTRIBUTOR_URL must be an https URL");
    }

    @Test
    void theNthIssueOpensInTheBrowser() {
        clotributor.enqueue(FakeAnswers.clotributor(List.of(kubernetesIssue(1, "One"), kubernetesIssue(2, "Two"))));

        Result result = cli().run("issues", "kubernetes", "--open", "2");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(opened).containsExactly("https://github.com/kubernetes/kubectl/issues/2");
    }

    @Test
    void badValuesAreUsageErrorsAndUnknownProjectsExit3() {
        assertThat(cli().run("issues", "--limit", "0").exitCode()).isEqualTo(2);
        assertThat(cli().run("issues", "--source", "gitlab").exitCode()).isEqualTo(2);
        assertThat(cli().run("issues", "--source", "github").exitCode()).isEqualTo(2);
        Result unknown = cli().run("issues", "kubernets");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("Did you mean: kubernetes?");
        assertThat(clotributor.getRequestCount()).isZero();
    }
}
