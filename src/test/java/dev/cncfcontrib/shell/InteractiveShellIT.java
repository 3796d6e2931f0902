package dev.cncfcontrib.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs src/test/sh/interactive.sh: the packaged shell and wizard driven through tmux like a person would. */
class InteractiveShellIT {

    @Test
    void shellAndWizardWorkInARealTerminal() throws Exception {
        Path script = Path.of("src/test/sh/interactive.sh").toAbsolutePath();
        Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String transcript = new String(output, StandardCharsets.UTF_8);
        Assumptions.assumeFalse(process.exitValue() == 77, transcript);
        assertThat(process.exitValue()).as(transcript).isZero();
        assertThat(transcript).contains("PASSED");
    }
}
