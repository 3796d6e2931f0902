package dev.cncfcontrib.shell;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogLoader;
import java.util.Arrays;

/**
 * The time from pressing Tab to the answer on the screen, through JLine's real line reader on a virtual terminal
 * (see {@link KeystrokeDriver}): Tab after {@code show } and after {@code show proj-1}, with the bundled catalog
 * (the baseline, same run) and generated catalogs of 10,000 and 100,000 projects. Targets: 100 ms and 300 ms.
 * Also checks that Ctrl-C at the answer gives back a fresh prompt. Run with bench/keystrokes.sh.
 */
public final class KeystrokeBenchmark {

    private KeystrokeBenchmark() {
    }

    public static void main(String... args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        Catalog bundled = new CatalogLoader().bundled();
        System.out.printf("%-11s %-16s %12s %12s %12s %12s %10s%n", "projects", "typed + Tab", "first Tab", "median", "p95", "max", "Ctrl-C");
        for (int size : new int[] {bundled.projects().size(), 10_000, 100_000}) {
            Catalog catalog = size == bundled.projects().size() ? bundled : CompletionBenchmark.generate(bundled, size);
            for (String typed : size == bundled.projects().size() ? new String[] {"show "} : new String[] {"show ", "show proj-1", "show proj-12"}) {
                measure(catalog, typed, runs);
            }
        }
    }

    private static void measure(Catalog catalog, String typed, int runs) throws Exception {
        try (KeystrokeDriver shell = new KeystrokeDriver(() -> catalog)) {
            shell.type(typed);
            shell.awaitScreen(typed, 5_000);
            double first = tab(shell);
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                millis[i] = tab(shell);
            }
            shell.type("\t");
            answered(shell);
            shell.type("\u0003");
            String interrupted = shell.nextLine(5_000);
            Arrays.sort(millis);
            System.out.printf("%-11d %-16s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %10s%n", catalog.projects().size(), "'" + typed + "'",
                    first, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1],
                    KeystrokeDriver.INTERRUPTED.equals(interrupted) ? "ok" : "FAILED (" + interrupted + ")");
        }
    }

    /** One Tab, answered by a question or a list; the question is declined so that the line stays as typed. */
    private static double tab(KeystrokeDriver shell) throws Exception {
        shell.type("\t");
        long nanos = answered(shell);
        if (shell.screenSinceTyping().contains(QUESTION)) {
            shell.type("n");
            shell.awaitQuiet(100);
        }
        return nanos / 1e6;
    }

    /** JLine's "do you wish to see all 1111 possibilities (56 lines)?" */
    static final String QUESTION = "possibilities";
    /** The completer's own line when too many names match. */
    static final String TOO_MANY = "names start with";

    /** Waits for the answer to a Tab: JLine's question, or the completer's line when too many names match. */
    static long answered(KeystrokeDriver shell) throws InterruptedException {
        long question = shell.awaitAny(120_000, QUESTION, TOO_MANY);
        long nanos = question;
        if (nanos < 0) {
            throw new IllegalStateException("no answer to Tab within 120 s; the screen showed: " + shell.screenSinceTyping());
        }
        if (shell.screenSinceTyping().contains(TOO_MANY)) {
            // the line is printed above the prompt, which is then drawn again: that is when the person can type
            long prompt = shell.awaitScreenAfter(TOO_MANY, Shell.PROMPT, 60_000);
            nanos = Math.max(nanos, prompt);
        }
        return nanos;
    }
}
