package dev.cncfcontrib.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * The progress file is the person's own data, but editors, crashes and other versions of the program touch it.
 * {@link ProgressStore#parse} may refuse a file with an {@link IOException} or a bad date or status (what
 * {@link ProgressStore#load} sets aside); anything else is a finding. What it accepts must survive a save and a
 * load unchanged. {@link ProgressStore#load} itself must never throw on any content: it sets the file aside.
 */
class ProgressStoreFuzzTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void parse(byte[] data) throws IOException {
        Progress progress;
        try {
            progress = ProgressStore.parse(data);
        } catch (IOException | DateTimeException | IllegalArgumentException refused) {
            return;
        }
        byte[] saved = ProgressStore.serialize(progress);
        assertThat(new String(ProgressStore.serialize(ProgressStore.parse(saved)), java.nio.charset.StandardCharsets.UTF_8))
                .as("saved and loaded again").isEqualTo(new String(saved, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "5m")
    void load(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("progress-fuzz");
        try {
            Files.write(dir.resolve(ProgressStore.FILE_NAME), data);
            List<String> warnings = new ArrayList<>();
            // twice with the same clock: a second unreadable file within the same second must be set aside too
            new ProgressStore(dir, FIXED).load(warnings::add);
            Files.write(dir.resolve(ProgressStore.FILE_NAME), data);
            new ProgressStore(dir, FIXED).load(warnings::add);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }
}
