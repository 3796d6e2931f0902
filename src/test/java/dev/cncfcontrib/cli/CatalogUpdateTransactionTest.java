package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog update} as one transaction (issue 16, findings 1 and 6): two updates at once, or one that fails
 * half-way, never leave the program using another catalog than the one {@code catalog.json}, {@code catalog info}
 * and {@code catalog validate} describe.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CatalogUpdateTransactionTest {

    @TempDir
    Path home;

    private Path catalogA;
    private Path catalogB;
    private Path installed;

    @BeforeEach
    void setUp() {
        String small = Fixtures.text("catalog-small.json");
        catalogA = Fixtures.write(home, "catalog-a.json", small.replace("\"Open Policy Agent (OPA)\"", "\"OPA from A\""));
        catalogB = Fixtures.write(home, "catalog-b.json", small.replace("\"Open Policy Agent (OPA)\"", "\"OPA from B\"")
                .replace("\"name\": \"NATS\"", "\"name\": \"NATS from B\""));
        assertThat(catalogA).content().contains("OPA from A");
        assertThat(catalogB).content().contains("OPA from B").contains("NATS from B");
        installed = home.resolve("data/cncf-contrib/catalog.json");
    }

    private CliRun cli() {
        return new CliRun(home);
    }

    /** The user's view: what show prints, what catalog.json holds, what catalog info says. All must agree. */
    private void assertOneCatalogInUse() throws Exception {
        Result show = cli().run("show", "open-policy-agent", "-o", "json");
        assertThat(show.exitCode()).as(show.toString()).isZero();
        String shownName = new ObjectMapper().readTree(show.out()).path("name").asText();

        byte[] json = Files.readAllBytes(installed);
        String fileName = null;
        for (JsonNode project : new ObjectMapper().readTree(json).path("projects")) {
            if (project.path("id").asText().equals("open-policy-agent")) {
                fileName = project.path("name").asText();
            }
        }
        assertThat(shownName).as("show names the OPA of the catalog.json in use").isEqualTo(fileName);

        Result info = cli().run("catalog", "info", "-o", "json");
        JsonNode described = new ObjectMapper().readTree(info.out());
        assertThat(described.path("sha256").asText()).as("catalog info describes catalog.json")
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)));
        Path source = Path.of(described.path("updated").path("source").asText());
        assertThat(Files.readString(source)).as("the source catalog info names holds that catalog").contains("\"" + fileName + "\"");

        Result validate = cli().run("catalog", "validate", installed.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
    }

    /** The finding's reproduction: {@code update --from A & update --from B & wait}, in threads of one JVM. */
    @Test
    void twoUpdatesAtOnceLeaveOneCatalogInUse() throws Exception {
        for (int round = 0; round < 40; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Result>> updates = new ArrayList<>();
            for (Path from : List.of(catalogA, catalogB)) {
                updates.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return cli().run("catalog", "update", "--force", "--from", from.toString());
                }));
            }
            start.countDown();
            for (CompletableFuture<Result> update : updates) {
                Result result = update.get(60, TimeUnit.SECONDS);
                assertThat(result.exitCode()).as(result.toString()).isZero();
            }
            assertOneCatalogInUse();
        }
    }

    /** The same with two processes, as the campaign ran it: the lock is the operating system's, between processes. */
    @Test
    void twoUpdatingProcessesAtOnceLeaveOneCatalogInUse() throws Exception {
        for (int round = 0; round < 10; round++) {
            Process a = updater(catalogA, round);
            Process b = updater(catalogB, round);
            for (Process process : List.of(a, b)) {
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the update finishes").isTrue();
                assertThat(process.exitValue()).as(Files.readString(home.resolve("update-" + round + "-" + process.pid()))).isZero();
            }
            assertOneCatalogInUse();
        }
    }

    private Process updater(Path from, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                dev.cncfcontrib.Main.class.getName(), "catalog", "update", "--force", "--from", from.toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().remove(Context.CATALOG_ENV);
        Process process = builder.redirectErrorStream(true).start();
        File log = home.resolve("update-" + round + "-" + process.pid()).toFile();
        CompletableFuture.runAsync(() -> {
            try (var out = new java.io.FileOutputStream(log)) {
                process.getInputStream().transferTo(out);
            } catch (java.io.IOException ignored) {
                // the exit code is asserted; the log only explains it
            }
        });
        return process;
    }

    /**
     * An update that fails after it started to write (here: a directory where catalog.json.source must go, as a
     * full disk fails a later file) leaves every file of the catalog in use as it was, and says so in one line.
     */
    @Test
    void anUpdateThatFailsHalfWayInstallsNothing() throws Exception {
        assertThat(cli().run("catalog", "update", "--force", "--from", catalogA.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(installed);
        Path source = home.resolve("data/cncf-contrib/catalog.json.source");
        String sourceBefore = Files.readString(source);
        Files.delete(source);
        Files.createDirectories(source.resolve("in-the-way"));

        Result failed = cli().run("catalog", "update", "--force", "--from", catalogB.toString());

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(4);
        assertThat(failed.err()).as("one line").hasLineCount(1).startsWith("error: cannot write the catalog in");
        assertThat(Files.readAllBytes(installed)).as("catalog.json unchanged").isEqualTo(before);
        assertThat(cli().run("show", "open-policy-agent").out()).contains("OPA from A");
        Result info = cli().run("catalog", "info");
        assertThat(info.out()).contains("from " + catalogA).doesNotContain(catalogB.toString());
        assertThat(sourceBefore).contains(catalogA.toString());

        // once the obstacle is gone, the same update goes through whole
        Files.delete(source.resolve("in-the-way"));
        Files.delete(source);
        assertThat(cli().run("catalog", "update", "--force", "--from", catalogB.toString()).exitCode()).isZero();
        assertThat(cli().run("show", "open-policy-agent").out()).contains("OPA from B");
        assertOneCatalogInUse();
        assertThat(Files.readAllBytes(home.resolve("data/cncf-contrib/catalog.json.previous"))).isEqualTo(before);
    }

    /** A store of plain files (written before updates were transactions) is taken over whole by the next update. */
    @Test
    void aDataDirectoryOfPlainFilesIsTakenOver() throws Exception {
        Path dir = Files.createDirectories(home.resolve("data/cncf-contrib"));
        Files.copy(catalogA, dir.resolve("catalog.json"));
        Files.writeString(dir.resolve("catalog.json.source"), "{\"source\": \"" + catalogA + "\", \"fetched\": \"2026-01-01\"}\n");
        Files.write(dir.resolve("catalog.json.compiled"), new byte[] {1, 2, 3});
        assertThat(cli().run("show", "open-policy-agent").out()).contains("OPA from A");

        assertThat(cli().run("catalog", "update", "--force", "--from", catalogB.toString()).exitCode()).isZero();

        assertThat(cli().run("show", "open-policy-agent").out()).contains("OPA from B");
        assertThat(Files.readString(dir.resolve("catalog.json.previous"))).contains("OPA from A");
        assertOneCatalogInUse();
    }
}
