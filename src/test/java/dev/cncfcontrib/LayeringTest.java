package dev.cncfcontrib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout promised in the README: domain packages know nothing of the command line, the terminal or HTTP. */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/cncfcontrib");

    private static List<String> importsOf(String pkg, String prefix) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import " + prefix)) {
                        offenders.add(SOURCES.relativize(file) + ": " + line);
                    }
                }
            }
        }
        return offenders;
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "onboarding", "dco", "git", "links", "live", "net", "prompt", "browse", "files", "view", "text"})
    void domainPackagesImportNeitherPicocliNorJline(String pkg) throws IOException {
        assertThat(importsOf(pkg, "picocli")).isEmpty();
        assertThat(importsOf(pkg, "org.jline")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "onboarding", "dco", "git", "links", "live", "prompt", "browse", "files", "view", "text", "cli", "shell"})
    void onlyNetImportsOkhttp(String pkg) throws IOException {
        assertThat(importsOf(pkg, "okhttp3")).isEmpty();
    }
}
