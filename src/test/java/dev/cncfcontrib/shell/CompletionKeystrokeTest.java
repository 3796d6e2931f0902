package dev.cncfcontrib.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogLoader;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tab in the shell with very large catalogs, through JLine's real line reader on a virtual terminal (issue 16,
 * finding 3): 10,000 projects froze the shell for 14 s and 100,000 for minutes, Ctrl-C ignored, while the
 * completer alone took under a millisecond. What a person sees is asserted; how fast is bench/keystrokes.sh's
 * job (the bounds here only stop a frozen shell from holding up the build).
 */
class CompletionKeystrokeTest {

    private static Catalog huge;
    private static Catalog large;

    @BeforeAll
    static void catalogs() {
        Catalog bundled = new CatalogLoader().bundled();
        huge = CompletionBenchmark.generate(bundled, 100_000);
        large = CompletionBenchmark.generate(bundled, 10_000);
    }

    @Test
    void tabAfterShowWithAHundredThousandProjectsSaysHowManyMatchAndCtrlCInterrupts() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (KeystrokeDriver shell = new KeystrokeDriver(() -> huge)) {
                shell.type("show ");
                shell.type("\t");

                assertThat(shell.awaitScreen("names start with", 30_000)).as("an answer to Tab").isPositive();
                assertThat(shell.awaitScreenAfter("names start with", Shell.PROMPT, 10_000)).as("the prompt again").isPositive();
                assertThat(shell.screenSinceTyping()).containsPattern("199,[0-9]{3} names start with '': type more of the name first");

                shell.type("\u0003");
                assertThat(shell.nextLine(10_000)).isEqualTo(KeystrokeDriver.INTERRUPTED);
            }
        });
    }

    @Test
    void aFewHundredMatchesGetJLinesQuestionAndCtrlCLeavesIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (KeystrokeDriver shell = new KeystrokeDriver(() -> large)) {
                shell.type("show proj-12");
                shell.type("\t");

                assertThat(shell.awaitScreen("possibilities", 30_000)).as("JLine's display-all question").isPositive();
                assertThat(shell.screenSinceTyping()).contains("do you wish to see all 111 possibilities");

                shell.type("\u0003");
                assertThat(shell.nextLine(10_000)).isEqualTo(KeystrokeDriver.INTERRUPTED);
            }
        });
    }

    @Test
    void whatEveryMatchSharesIsCompletedEvenPastTheLimit() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (KeystrokeDriver shell = new KeystrokeDriver(() -> huge)) {
                // 'Project 0', 'Project 1'...: 99,745 names share "Project " (space included), far past the limit
                shell.type("show Projec");
                shell.type("\t");
                shell.type("\n");

                assertThat(shell.nextLine(30_000)).as("completed to what every match shares").isEqualTo("show Project ");
            }
        });
    }
}
