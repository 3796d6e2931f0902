package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.catalog.CatalogReader;
import dev.cncfcontrib.catalog.CompiledCatalog;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.net.RawHttpServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog update} against a web server on the loopback address. After every failure, the catalog in use
 * (installed by a first, successful update) must be byte-for-byte what it was.
 */
class CatalogUpdateCommandTest {

    @TempDir
    Path home;

    private MockWebServer server;
    private CliRun cli;
    private Path installed;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        cli = new CliRun(home).with(context -> {
            context.network(Network.system().withDownloadTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(4)));
            context.clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        });
        installed = home.resolve("data/cncf-contrib/catalog.json");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String url() {
        return server.url("/landscape.yml").toString();
    }

    private static MockResponse landscape(String etag) {
        return new MockResponse.Builder().code(200).setHeader("ETag", etag)
                .setHeader("Last-Modified", "Fri, 07 Aug 2026 10:00:00 GMT").body(Fixtures.text("landscape-small.yml")).build();
    }

    /** A first, successful update; returns the bytes installed. */
    private byte[] installFirst() throws Exception {
        server.enqueue(landscape("\"v1\""));
        // the small test landscape has 4 projects where the bundled catalog has 255: a loss that needs --force
        Result result = cli.run("catalog", "update", "--force", "--from", url());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        server.takeRequest(1, TimeUnit.SECONDS);
        return Files.readAllBytes(installed);
    }

    private void assertFailsLeavingTheCatalogAlone(MockResponse response, int exitCode, String message) throws Exception {
        byte[] before = installFirst();
        byte[] sourceBefore = Files.readAllBytes(home.resolve("data/cncf-contrib/catalog.json.source"));
        server.enqueue(response);

        Result result = cli.run("catalog", "update", "--from", url());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.err()).as("one line").hasLineCount(1).startsWith("error: ").contains(message);
        assertThat(Files.readAllBytes(installed)).isEqualTo(before);
        assertThat(Files.readAllBytes(home.resolve("data/cncf-contrib/catalog.json.source"))).isEqualTo(sourceBefore);
        assertThat(cli.run("list", "-o", "csv").out()).contains("foo-bar");
    }

    @Test
    void a200InstallsTheCatalogThatEveryCommandThenUses() throws Exception {
        server.enqueue(landscape("\"v1\""));

        Result result = cli.run("catalog", "update", "--force", "--from", url());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Installed 4 projects").contains(installed.toString());
        assertThat(Files.readString(home.resolve("data/cncf-contrib/catalog.json.source")))
                .contains("\"etag\": \"\\\"v1\\\"\"").contains("\"fetched\": \"2026-11-22\"");
        Result list = cli.run("list", "-o", "csv");
        assertThat(list.out()).contains("foo-bar,Foo Bar,graduated").doesNotContain("kubernetes");
        assertThat(cli.run("show", "foo-bar").out()).contains(url());
        assertThat(cli.run("catalog", "info").out()).contains("updated: " + installed).contains("from " + url());
        // --catalog still wins over the updated catalog
        String fixture = Fixtures.file(home, "catalog-small.json").toString();
        assertThat(cli.run("list", "--catalog", fixture, "-o", "csv").out()).contains("kubernetes");
    }

    @Test
    void theUpdatedCatalogIsReadFromItsCompiledCopyOnlyWhileItMatchesTheJson() throws Exception {
        installFirst();
        Path compiled = home.resolve("data/cncf-contrib/catalog.json.compiled");
        assertThat(compiled).isRegularFile();
        assertThat(cli.run("list", "-o", "csv").out()).contains("foo-bar,Foo Bar,graduated");

        // proof that the copy is what is read: a copy of another catalog, stamped as made from this JSON, is believed
        writeStamped(compiled, installed, CompiledCatalog.encode(new CatalogReader().read(Fixtures.file(home, "catalog-small.json"))));
        assertThat(cli.run("list", "-o", "csv").out()).contains("kubernetes").doesNotContain("foo-bar");

        // a catalog.json edited by hand no longer matches the stamp: the JSON wins
        Files.writeString(installed, Files.readString(installed).replace("Foo Bar", "Foo Bar Edited"));
        assertThat(cli.run("list", "-o", "csv").out()).contains("foo-bar,Foo Bar Edited,graduated");

        // a damaged copy with the right stamp is passed over for the JSON itself
        writeStamped(compiled, installed, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Result afterDamage = cli.run("list", "-o", "csv");
        assertThat(afterDamage.exitCode()).as(afterDamage.toString()).isZero();
        assertThat(afterDamage.out()).contains("Foo Bar Edited");
    }

    /** What catalog update writes: the JSON's size and modification time, then the compiled body. */
    private static void writeStamped(Path compiled, Path json, byte[] body) throws Exception {
        Files.write(compiled, ByteBuffer.allocate(16 + body.length).putLong(Files.size(json))
                .putLong(Files.getLastModifiedTime(json).to(TimeUnit.NANOSECONDS)).put(body).array());
    }

    @Test
    void anUnchangedSourceCostsOneRoundTripWithoutABody() throws Exception {
        byte[] before = installFirst();
        server.enqueue(new MockResponse.Builder().code(304).setHeader("ETag", "\"v1\"").build());

        Result result = cli.run("catalog", "update", "--from", url());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("up to date");
        RecordedRequest conditional = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.getHeaders().get("If-Modified-Since")).isEqualTo("Fri, 07 Aug 2026 10:00:00 GMT");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(Files.readAllBytes(installed)).isEqualTo(before);
        assertThat(home.resolve("data/cncf-contrib/catalog.json.previous")).doesNotExist();
    }

    @Test
    void aNewVersionKeepsThePreviousCatalog() throws Exception {
        byte[] first = installFirst();
        String moved = Fixtures.text("landscape-small.yml").replace("project: sandbox", "project: incubating");
        server.enqueue(new MockResponse.Builder().code(200).setHeader("ETag", "\"v2\"").body(moved).build());

        Result result = cli.run("catalog", "update", "--from", url());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("1 promoted");
        assertThat(Files.readAllBytes(home.resolve("data/cncf-contrib/catalog.json.previous"))).isEqualTo(first);
        Result diff = cli.run("catalog", "diff", home.resolve("data/cncf-contrib/catalog.json.previous").toString(), installed.toString());
        assertThat(diff.out()).contains("Promoted (1):").contains("foo-bar-2: sandbox -> incubating");
    }

    @Test
    void aDryRunShowsTheChangesAndInstallsNothing() {
        server.enqueue(landscape("\"v1\""));

        Result result = cli.run("catalog", "update", "--from", url(), "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Dry run").contains("Added (4):").contains("Removed (").contains("Nothing was installed");
        assertThat(installed).doesNotExist();
    }

    @Test
    void aRedirectOnTheSameServerIsFollowed() throws Exception {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/moved/landscape.yml").build());
        server.enqueue(landscape("\"v1\""));

        Result result = cli.run("catalog", "update", "--force", "--from", url());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/moved/landscape.yml");
    }

    @Test
    void aRedirectToPlainHttpElsewhereIsRefused() throws Exception {
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(302)
                .setHeader("Location", "http://example.com/landscape.yml").build(), 5, "only https");
    }

    @Test
    void notFound() throws Exception {
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(404).body("nope").build(), 5, "HTTP 404");
    }

    @Test
    void serverError() throws Exception {
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(500).build(), 5, "HTTP 500");
    }

    @Test
    void aBodyOverTheCapIsRefused() throws Exception {
        Buffer huge = new Buffer();
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n".getBytes();
        while (huge.size() <= dev.cncfcontrib.catalog.LandscapeReader.MAX_BYTES) {
            huge.write(line);
        }
        // chunked: the server does not announce the size, so the cap is enforced while reading
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(200).chunkedBody(huge, 64 * 1024).build(), 4, "MiB");
    }

    @Test
    void aBodyCutOffMidwayIsANetworkError() throws Exception {
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(200).body(Fixtures.text("landscape-small.yml"))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build(), 5, "failed");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        long start = System.nanoTime();
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build(), 5, "no answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void invalidYamlIsBadData() throws Exception {
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(200).body("landscape:\n  - name: [unclosed\n").build(),
                4, "malformed YAML");
    }

    @Test
    void validYamlOfTheWrongShapeIsBadData() throws Exception {
        assertFailsLeavingTheCatalogAlone(new MockResponse.Builder().code(200).body("items:\n  - name: x\n").build(),
                4, "not a landscape file");
    }

    @Test
    void aCatalogJsonIsAcceptedAndChecked() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(Fixtures.text("catalog-small.json")).build());
        Result result = cli.run("catalog", "update", "--force", "--from", server.url("/catalog.json").toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(installed)).isEqualTo(Fixtures.text("catalog-small.json"));

        byte[] before = Files.readAllBytes(installed);
        server.enqueue(new MockResponse.Builder().code(200)
                .body(Fixtures.text("catalog-small.json").replace("\"graduated\"", "\"graduating\"")).build());
        Result broken = cli.run("catalog", "update", "--from", server.url("/catalog.json").toString());
        assertThat(broken.exitCode()).isEqualTo(4);
        assertThat(broken.err()).contains("catalog.json:").contains("graduating");
        assertThat(Files.readAllBytes(installed)).isEqualTo(before);
    }

    @Test
    void aLocalFileIsAcceptedToo() {
        Path file = Fixtures.file(home, "landscape-small.yml");

        Result result = cli.run("catalog", "update", "--force", "--from", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(cli.run("list", "-o", "csv").out()).contains("foo-bar");
    }

    @Test
    void plainHttpIsOnlyForTheLoopbackAddress() {
        Result result = cli.run("catalog", "update", "--from", "http://example.com/landscape.yml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("https");
        assertThat(installed).doesNotExist();
    }

    @Test
    void aTerminalSeesProgressOnStderr() {
        server.enqueue(landscape("\"v1\""));

        Result result = cli.terminal(80, false).run("catalog", "update", "--force", "--from", url());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("Downloading " + server.getHostName()).contains("KiB");
    }

    // Issue 16: what a hostile or broken server sends (findings 7 and 9)

    private static String landscapeOf(int projects) {
        StringBuilder yaml = new StringBuilder("landscape:\n  - category:\n    name: Provisioning\n    subcategories:\n"
                + "      - subcategory:\n        name: Automation & Configuration\n        items:\n");
        for (int i = 0; i < projects; i++) {
            yaml.append("          - item:\n            name: Project ").append(i).append("\n")
                    .append("            description: Generated project number ").append(i).append(" for the test.\n")
                    .append("            homepage_url: https://p").append(i).append(".example.org/\n")
                    .append("            project: sandbox\n")
                    .append("            repo_url: https://github.com/p").append(i).append("/p").append(i).append("\n");
        }
        return yaml.toString();
    }

    private void assertOneLineNetworkErrorAndNothingInstalled(Result result, String message) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NETWORK_ERROR);
        assertThat(result.err()).as("one line, no stack trace").hasLineCount(1).startsWith("error: ").contains(message);
    }

    @Test
    void a304ToARequestThatWasNotConditionalIsANetworkError() {
        server.enqueue(new MockResponse.Builder().code(304).build());
        server.enqueue(new MockResponse.Builder().code(304).build());

        assertOneLineNetworkErrorAndNothingInstalled(cli.run("catalog", "update", "--from", url()), "304");
        assertOneLineNetworkErrorAndNothingInstalled(cli.run("catalog", "update", "--dry-run", "--from", url()), "304");
        assertThat(installed).doesNotExist();
    }

    @Test
    void a304WhenTheSourceNoteIsGoneIsANetworkError() throws Exception {
        byte[] before = installFirst();
        Files.delete(installed.toRealPath().resolveSibling("catalog.json.source"));
        server.enqueue(new MockResponse.Builder().code(304).build());

        Result result = cli.run("catalog", "update", "--from", url());

        assertOneLineNetworkErrorAndNothingInstalled(result, "304");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("If-None-Match")).as("unconditional").isNull();
        assertThat(Files.readAllBytes(installed)).isEqualTo(before);
    }

    @Test
    void aNegativeContentLengthIsANetworkError() throws Exception {
        try (RawHttpServer raw = new RawHttpServer(request -> RawHttpServer.Answer.of(
                "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n" + Fixtures.text("landscape-small.yml"), true))) {
            Result result = cli.run("catalog", "update", "--force", "--from", raw.url("/landscape.yml"));

            assertOneLineNetworkErrorAndNothingInstalled(result, "Content-Length");
            assertThat(installed).doesNotExist();
        }
    }

    @Test
    void aBodyShorterThanAnnouncedIsANetworkError() throws Exception {
        String body = Fixtures.text("landscape-small.yml");
        try (RawHttpServer raw = new RawHttpServer(request -> RawHttpServer.Answer.of(
                "HTTP/1.1 200 OK\r\nContent-Length: " + (body.length() + 1000) + "\r\n\r\n" + body, true))) {
            Result result = cli.run("catalog", "update", "--force", "--from", raw.url("/landscape.yml"));

            assertOneLineNetworkErrorAndNothingInstalled(result, "failed");
            assertThat(installed).doesNotExist();
        }
    }

    /**
     * A server announcing Content-Length: 1000 for a whole landscape: the client reads 1000 bytes, which still parse
     * as a landscape of one or two projects. Installing it would throw away most of the catalog.
     */
    @Test
    void aTruncatedLandscapeThatLosesMostProjectsIsRefusedUnlessForced() throws Exception {
        String whole = landscapeOf(40);
        server.enqueue(new MockResponse.Builder().code(200).body(whole).build());
        assertThat(cli.run("catalog", "update", "--force", "--from", url()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(installed);
        assertThat(cli.run("list", "-o", "csv").out().lines().count()).isEqualTo(41);

        try (RawHttpServer raw = new RawHttpServer(request -> RawHttpServer.Answer.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + whole, true))) {
            Result refused = cli.run("catalog", "update", "--from", raw.url("/landscape.yml"));

            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.DATA_ERROR);
            assertThat(refused.err()).hasLineCount(1).containsPattern("would remove 3[0-9] of the 40 projects in use").contains("--force");
            assertThat(Files.readAllBytes(installed)).isEqualTo(before);

            Result dryRun = cli.run("catalog", "update", "--dry-run", "--from", raw.url("/landscape.yml"));
            assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
            assertThat(dryRun.out()).contains("It would be refused without --force").contains("Nothing was installed");

            Result forced = cli.run("catalog", "update", "--force", "--from", raw.url("/landscape.yml"));
            assertThat(forced.exitCode()).as(forced.toString()).isZero();
            assertThat(Files.readAllBytes(installed)).isNotEqualTo(before);
        }
    }
}
