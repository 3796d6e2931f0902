package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.net.LoopbackDns;
import dev.cncfcontrib.net.Network;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cncf-contrib links} end to end, against a loopback server and a resolver that never leaves the machine. */
@Timeout(60)
class LinksCommandTest {

    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private CliRun cli;
    private String catalog;

    @BeforeEach
    void setUp() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getUrl().encodedPath()) {
                    case "/gone" -> new MockResponse.Builder().code(404).build();
                    case "/old" -> new MockResponse.Builder().code(301).setHeader("Location", "/new").build();
                    case "/broken" -> new MockResponse.Builder().code(500).build();
                    default -> new MockResponse.Builder().code(200).build();
                };
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        cli = new CliRun(home).network(LoopbackDns.network());
        catalog = Fixtures.write(home, "links-catalog.json", catalogJson()).toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url(String path) {
        return "http://alpha.test:" + server.getPort() + path;
    }

    /** Two projects and a group whose links hit every answer of the server, and one name that does not resolve. */
    private String catalogJson() {
        return """
                {"schemaVersion": 1, "asOf": "2026-11-21", "projects": [
                  {"id": "alpha", "name": "Alpha", "maturity": "incubating", "focus": "Testing", "description": "A.",
                   "homepage": "%s", "repository": "%s", "contributorGuide": "%s",
                   "chat": [{"platform": "slack", "channel": "#alpha", "url": "https://chat.alpha.invalid/join"}],
                   "legal": {"kind": "dco", "basis": "project-docs"}, "asOf": "2026-11-21",
                   "sources": {"name": [{"url": "https://example.org/sources-are-never-checked"}]}},
                  {"id": "beta", "name": "Beta", "maturity": "sandbox", "focus": "Testing", "description": "B.",
                   "repository": "%s",
                   "mailingLists": [{"kind": "mailing-list", "name": "dev", "url": "%s"}],
                   "legal": {"kind": "dco", "basis": "project-docs"}, "asOf": "2026-11-21",
                   "sources": {"name": [{"url": "https://example.org/sources-are-never-checked"}]}}
                ], "groups": [
                  {"id": "gamma-wg", "name": "Gamma WG", "kind": "working-group", "status": "active", "description": "G.",
                   "url": "%s", "asOf": "2026-11-21",
                   "sources": {"name": [{"url": "https://example.org/sources-are-never-checked"}]}}
                ]}
                """.formatted(url("/old"), url("/alpha"), url("/gone"), url("/beta"), url("/beta-list"), url("/broken"));
    }

    @Test
    void reportGroupsBrokenLinksByKindOfFailureThenByEntry() {
        Result result = cli.run("links", "--catalog", catalog);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).as("nothing but the report when piped and quick").isEmpty();
        assertThat(result.out())
                .contains("Moved permanently: update the catalog (1)\n  alpha (project)\n    homepage  " + url("/old") + " → " + url("/new") + "\n")
                .contains("Broken: client error (1)\n  alpha (project)\n    contributor guide  " + url("/gone") + "  404 Client Error\n")
                .contains("Broken: server error (1)\n  gamma-wg (group)\n    website  " + url("/broken") + "  500 Server Error\n")
                .contains("Broken: DNS failure (1)\n  alpha (project)\n    chat #alpha  https://chat.alpha.invalid/join  host not found: chat.alpha.invalid\n")
                .doesNotContain("sources-are-never-checked")
                .endsWith(": 3 ok, 1 moved, 3 broken (1 client error, 1 server error, 1 DNS failure).\n");
        assertThat(result.out()).contains("7 links checked (7 distinct URLs)");
    }

    @Test
    void workingLinksExitZero() {
        Result result = cli.run("links", "--catalog", catalog, "--project", "beta");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("2 links checked").contains(": 2 ok, 0 moved, 0 broken.");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void kindSelectsTheLinksToCheck() {
        Result result = cli.run("links", "--catalog", catalog, "--kind", "repo");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("2 links checked");
    }

    @Test
    void jsonListsEveryLinkWithItsVerdict() throws Exception {
        Result result = cli.run("links", "--catalog", catalog, "--project", "alpha", "-o", "json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("ending").asText()).isEqualTo("complete");
        assertThat(json.get("summary").get("links").asInt()).isEqualTo(4);
        assertThat(json.get("summary").get("broken").asInt()).isEqualTo(2);
        assertThat(json.get("byStatus").get("moved").asInt()).isEqualTo(1);
        JsonNode homepage = json.get("links").get(0);
        assertThat(homepage.get("entry").asText()).isEqualTo("alpha");
        assertThat(homepage.get("kind").asText()).isEqualTo("guide");
        assertThat(homepage.get("status").asText()).isEqualTo("moved");
        assertThat(homepage.get("finalUrl").asText()).isEqualTo(url("/new"));
    }

    @Test
    void markdownHasOneTablePerKindOfFailure() {
        Result result = cli.run("links", "--catalog", catalog, "-o", "markdown");

        assertThat(result.out())
                .startsWith("## Link check\n\n")
                .contains("### Broken: client error (1)\n\n| Entry | Field | URL | Detail |\n")
                .contains("| alpha (project) | contributor guide | [" + url("/gone") + "](" + url("/gone") + ") | 404 Client Error |");
    }

    @Test
    void resultsAreCachedAndShowMarksTheBrokenLink() throws Exception {
        cli.run("links", "--catalog", catalog);

        Path cache = home.resolve("cache/cncf-contrib/links.json");
        assertThat(cache).exists();
        assertThat(Files.readString(cache)).contains("\"status\" : \"client-error\"").contains("\"checkedAt\"");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Result show = cli.run("show", "--catalog", catalog, "alpha");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out())
                .contains(url("/gone") + " [broken at the last link check, " + today + ": client error 404]")
                .contains(url("/old") + " [moved to " + url("/new") + ", link check of " + today + "]")
                .contains(url("/alpha") + "\n");
    }

    @Test
    void showWithoutACacheMarksNothing() {
        Result show = cli.run("show", "--catalog", catalog, "alpha");

        assertThat(show.out()).doesNotContain("link check");
    }

    @Test
    void noNetworkExitsFiveWithOneLineAndCachesNothing() {
        Result result = new CliRun(home).network(Network.withDns(LoopbackDns.NOTHING_RESOLVES)).run("links", "--catalog", catalog);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: no network: none of the 7 URLs could be reached "
                + "(DNS failure: host not found: alpha.test)\n");
        assertThat(home.resolve("cache/cncf-contrib/links.json")).doesNotExist();
    }

    @Test
    void bundledCatalogOfflineEndsWithinItsTimeoutWithExitFiveAndOneLine() {
        long start = System.nanoTime();
        Result result = new CliRun(home).network(Network.withDns(LoopbackDns.NOTHING_RESOLVES)).run("links", "--timeout", "2s");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("error: no network: none of the ").endsWith(")\n");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
    }

    @Test
    void progressIsRedrawnInPlaceOnATerminalAndErasedBeforeTheReport() {
        Result result = cli.terminal(100, false).run("links", "--catalog", catalog, "--project", "beta");

        assertThat(result.err()).startsWith("\r[").contains("2/2 checked · 0 failing · 0 left").endsWith("\r\u001b[K");
        assertThat(result.out()).startsWith("2 links checked");
    }

    @Test
    void unknownProjectExitsThree() {
        Result result = cli.run("links", "--catalog", catalog, "--project", "alpah");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("error: no project named 'alpah'. Did you mean: alpha?\n");
    }

    @Test
    void badLimitsAreUsageErrors() {
        assertThat(cli.run("links", "--catalog", catalog, "--concurrency", "0").exitCode()).isEqualTo(2);
        assertThat(cli.run("links", "--catalog", catalog, "--timeout", "soon").exitCode()).isEqualTo(2);
        Result result = cli.run("links", "--catalog", catalog, "--kind", "wiki");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("valid values: guide, repo, chat, list, all");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void durationsAreReadInCommonUnits() {
        LinksCommand.DurationValue durations = new LinksCommand.DurationValue();
        assertThat(durations.convert("10s").toMillis()).isEqualTo(10_000);
        assertThat(durations.convert("500ms").toMillis()).isEqualTo(500);
        assertThat(durations.convert("1.5s").toMillis()).isEqualTo(1500);
        assertThat(durations.convert("2m").toMillis()).isEqualTo(120_000);
        assertThat(durations.convert("3").toMillis()).isEqualTo(3000);
    }

    @Test
    void ctrlCCancelsThenWaitsForTheReport() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch hookReturned = new CountDownLatch(1);
        CancelOnCtrlC ctrlC = CancelOnCtrlC.install(() -> cancelled.set(true));
        Thread hook = new Thread(() -> {
            ctrlC.interrupted();
            hookReturned.countDown();
        });

        hook.start();
        assertThat(hookReturned.await(300, TimeUnit.MILLISECONDS)).as("the hook waits for the report").isFalse();
        assertThat(cancelled).isTrue();
        assertThat(ctrlC.triggered()).isTrue();
        ctrlC.close();
        assertThat(hookReturned.await(2, TimeUnit.SECONDS)).isTrue();
    }
}
