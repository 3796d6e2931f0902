package dev.cncfcontrib.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A landscape file is data from the network: it must never cost unbounded memory or time, or create objects. */
class HostileYamlTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    private static void read(String yaml) {
        new LandscapeReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "hostile.yml");
    }

    @Test
    void aliasesThatWouldExpandToAHugeDocumentAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("landscape: *a9\n"); // 9^10 strings if expanded

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> read(yaml.toString()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("hostile.yml:2:")
                .hasMessageContaining("aliases"));
    }

    @Test
    void deepNestingIsRefused() {
        String flow = "landscape: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> read(flow))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("nest"));

        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> read(block.toString()))
                .isInstanceOf(CatalogException.class));
    }

    @Test
    void typeTagsNeverCreateJavaObjects() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            // the classic SnakeYAML gadget: constructing it would fetch a class from this URL
            String yaml = "landscape: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\""
                    + server.url("/payload.jar") + "\"]]]]\n";

            assertThatThrownBy(() -> read(yaml)).isInstanceOf(CatalogException.class).hasMessageContaining("must be a map");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void invalidYamlIsReportedAtItsLine() {
        assertThatThrownBy(() -> read("landscape:\n  - category:\n    name: [unclosed\n  - x: y\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("hostile.yml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void validYamlOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> read("projects:\n  - name: x\n")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("no 'landscape' list");
        assertThatThrownBy(() -> read("landscape:\n  - name: C\n    subcategories: 12\n")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("hostile.yml:3:").hasMessageContaining("must be a list");
        assertThatThrownBy(() -> read("landscape: []\n")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("no CNCF projects");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yml");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= LandscapeReader.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertThatThrownBy(() -> new LandscapeReader().read(big)).isInstanceOf(CatalogException.class).hasMessageContaining("MiB");
        // and a stream that does not say its size stops at the cap
        assertThatThrownBy(() -> new LandscapeReader().read(Files.newInputStream(big), "stream"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("MiB");
    }
}
