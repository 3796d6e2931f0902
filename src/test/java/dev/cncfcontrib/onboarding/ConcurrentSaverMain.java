package dev.cncfcontrib.onboarding;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One of two processes saving progress at the same time, run as a child JVM by {@link ProgressStoreTest}: it
 * answers the steps {@code first, first + stride, ...} of a 40-step checklist of {@code project}, saving after each.
 */
public final class ConcurrentSaverMain {

    static final int STEPS = 40;

    private ConcurrentSaverMain() {
    }

    public static void main(String... args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]), Clock.systemUTC());
        String project = args[1];
        int first = Integer.parseInt(args[2]);
        int stride = Integer.parseInt(args[3]);
        Progress progress = new Progress();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            steps.add(new Step("step-" + i, "step " + i, List.of(), List.of(), List.of()));
        }
        Progress.ProjectProgress saved = progress.merge(project, project, steps, Clock.systemUTC().instant());
        store.saveProject(saved, System.err::println);
        for (int i = first; i < STEPS; i += stride) {
            saved = progress.mark(project, "step-" + i, StepStatus.DONE, Clock.systemUTC().instant());
            store.saveProject(saved, System.err::println);
        }
    }
}
