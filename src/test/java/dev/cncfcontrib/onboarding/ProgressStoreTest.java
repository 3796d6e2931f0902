package dev.cncfcontrib.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void savedProgressReadsBackTheSame() throws Exception {
        ProgressStore store = new ProgressStore(dir, clock);
        Progress progress = ProgressSaverMain.generation(7);
        progress.mark("p7", "step-3", StepStatus.DONE, Instant.parse("2026-11-21T09:00:00Z"));

        store.save(progress);
        Progress read = store.load(message -> { throw new AssertionError(message); });

        assertThat(read.current()).isEqualTo("p7");
        assertThat(read.project("p7").steps()).hasSize(200);
        assertThat(read.project("p7").statusOf("step-3")).isEqualTo(StepStatus.DONE);
        assertThat(read.project("p7").steps().get(3).at()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("progress.json");
        }
    }

    @Test
    void aFileOfAnotherShapeIsSetAsideNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"version\": 99, \"projects\": []}");
        List<String> warnings = new ArrayList<>();

        Progress read = new ProgressStore(dir, clock).load(warnings::add);

        assertThat(read.projects()).isEmpty();
        assertThat(warnings).singleElement().asString().startsWith("warning:").contains("unknown format version 99");
        assertThat(dir.resolve("progress.json.corrupt-20261121T100000Z")).hasContent("{\"version\": 99, \"projects\": []}");
    }

    /** Found by ProgressStoreFuzzTest#load: the second set-aside within one second failed on the first one's name. */
    @Test
    void aSecondUnreadableFileInTheSameSecondIsSetAsideToo() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "first");
        new ProgressStore(dir, clock).load(warning -> { });
        Files.writeString(dir.resolve("progress.json"), "second");
        List<String> warnings = new ArrayList<>();

        Progress read = new ProgressStore(dir, clock).load(warnings::add);

        assertThat(read.projects()).isEmpty();
        assertThat(dir.resolve("progress.json.corrupt-20261121T100000Z")).hasContent("first");
        assertThat(dir.resolve("progress.json.corrupt-20261121T100000Z-2")).hasContent("second");
        assertThat(warnings).singleElement().asString().contains("progress.json.corrupt-20261121T100000Z-2");
    }

    /** kill -9 at random moments while a child JVM saves in a loop: the file is always one whole version. */
    @Test
    void killingTheWriterLeavesAWholeOldOrNewFile() throws Exception {
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long newestGeneration = -1;
        for (int round = 0; round < 8; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ProgressSaverMain.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).isEqualTo("ready");
                Thread.sleep(random.nextInt(200));
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            byte[] bytes = Files.readAllBytes(dir.resolve("progress.json"));
            Progress progress = ProgressStore.parse(bytes);
            Progress.ProjectProgress project = progress.projects().get(0);
            String generation = project.projectName();
            assertThat(project.steps()).hasSize(200).allSatisfy(step -> assertThat(step.title()).startsWith(generation + " step "));
            assertThat(progress.current()).isEqualTo(project.projectId());
            // a round killed early may still hold generation 0; across rounds the saves must have moved on
            newestGeneration = Math.max(newestGeneration, Long.parseLong(generation.substring("generation ".length())));
        }
        assertThat(newestGeneration).isPositive();
    }

    private Process saver(String project, int first, int stride) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ConcurrentSaverMain.class.getName(),
                dir.toString(), project, String.valueOf(first), String.valueOf(stride))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Two processes saving at once, each its own project: neither loses the other's answers. */
    @Test
    void twoProcessesSavingDifferentProjectsKeepBoth() throws Exception {
        Process one = saver("alpha", 0, 1);
        Process two = saver("beta", 0, 1);
        assertThat(one.waitFor(60, TimeUnit.SECONDS) && two.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(one.exitValue()).isZero();
        assertThat(two.exitValue()).isZero();

        Progress progress = new ProgressStore(dir, clock).load(warning -> { throw new AssertionError(warning); });

        assertThat(progress.projects()).extracting(Progress.ProjectProgress::projectId).containsExactlyInAnyOrder("alpha", "beta");
        for (Progress.ProjectProgress project : progress.projects()) {
            assertThat(project.count(StepStatus.DONE)).as(project.projectId()).isEqualTo(ConcurrentSaverMain.STEPS);
        }
    }

    /** Two processes answering different steps of the same project: the later answer of each step is kept. */
    @Test
    void twoProcessesAnsweringTheSameProjectKeepEveryAnswer() throws Exception {
        Process evens = saver("alpha", 0, 2);
        Process odds = saver("alpha", 1, 2);
        assertThat(evens.waitFor(60, TimeUnit.SECONDS) && odds.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Progress progress = new ProgressStore(dir, clock).load(warning -> { throw new AssertionError(warning); });

        assertThat(progress.project("alpha").count(StepStatus.DONE)).isEqualTo(ConcurrentSaverMain.STEPS);
    }
}
