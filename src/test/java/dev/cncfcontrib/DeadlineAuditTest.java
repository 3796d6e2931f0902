package dev.cncfcontrib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every way out of the process has a deadline, and there are few of them: git through {@code GitRunner} (a
 * timeout and an output cap per call, tested in {@code GitRunnerTest}), HTTP through the clients {@code net/}
 * builds (okhttp's call timeout, an overall deadline per request, tested against servers that never answer in
 * {@code CatalogUpdateCommandTest} and {@code LinksCommandTest}), and the person's own browser, waited for as gh
 * does. A new process or HTTP client elsewhere fails this test, so that its author decides on its deadline.
 */
class DeadlineAuditTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/cncfcontrib");

    /** The source files (relative to the package root) that contain {@code code}, with the file's text. */
    private static Map<String, String> filesContaining(String code) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (text.contains(code)) {
                    found.put(SOURCES.relativize(file).toString(), text);
                }
            }
        }
        return found;
    }

    @Test
    void processesAreStartedOnlyByTheGitRunnerAndTheBrowserOpener() throws IOException {
        assertThat(filesContaining("new ProcessBuilder(").keySet())
                .containsExactlyInAnyOrder("git/GitRunner.java", "browse/UrlOpener.java");
        assertThat(filesContaining("Runtime.getRuntime().exec")).isEmpty();
        assertThat(filesContaining("new ProcessBuilder(").get("git/GitRunner.java"))
                .contains("process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)");
    }

    @Test
    void everyHttpClientHasAnOverallDeadlinePerCall() throws IOException {
        Map<String, String> builders = filesContaining("new OkHttpClient.Builder()");

        assertThat(builders.keySet()).containsExactlyInAnyOrder("net/HttpClients.java", "net/Network.java");
        builders.forEach((file, text) -> assertThat(text).as(file).contains(".callTimeout("));
        assertThat(filesContaining("java.net.http.HttpClient")).isEmpty();
        assertThat(filesContaining("openConnection(")).isEmpty();
    }
}
