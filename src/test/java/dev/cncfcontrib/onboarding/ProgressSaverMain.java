package dev.cncfcontrib.onboarding;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves progress in a loop until killed: run as a child JVM by {@link ProgressStoreTest}. Every version is
 * self-consistent (every step title names the same generation), so a reader can tell a torn file from a whole one.
 */
public final class ProgressSaverMain {

    private ProgressSaverMain() {
    }

    public static void main(String... args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]), Clock.systemUTC());
        for (long generation = 0; ; generation++) {
            store.save(generation(generation));
            if (generation == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    static Progress generation(long generation) {
        Progress progress = new Progress();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            steps.add(new Step("step-" + i, "generation " + generation + " step " + i, List.of(), List.of(), List.of()));
        }
        progress.merge("p" + generation, "generation " + generation, steps, Instant.EPOCH);
        progress.current("p" + generation);
        return progress;
    }
}
