package dev.cncfcontrib.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cncfcontrib.prompt.PromptCancelledException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** The list that narrows as one types, driven with keystrokes on an xterm-like terminal over streams. */
class FilteredListTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private static List<String> options() {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            options.add("Project " + i + " (p" + i + ")");
        }
        options.add(25, "Fluid (fluid)");
        options.add("Evil \u001b[2J (evil)");
        return options;
    }

    private int choose(InputStream keys) throws IOException {
        try (Terminal terminal = new ExternalTerminal("test", "xterm-256color", keys, screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            return new FilteredList(terminal).choose(List.of(), "Which project?", options());
        }
    }

    private int choose(String keys) throws IOException {
        return choose(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)));
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void typingNarrowsTheListAndEnterChoosesWhatIsLeft() throws IOException {
        assertThat(choose("flui\r")).isEqualTo(25);
        // the display redraws only what changes, so the screen holds pieces of lines
        assertThat(screen()).contains("Which project?").contains("-1 of 1 matching").contains("Fluid (fluid");
    }

    @Test
    void arrowsMoveThroughTheWholeList() throws IOException {
        assertThat(choose("\033[B\033[B\r")).isEqualTo(2);
        assertThat(screen()).contains("-12 of 32: type to filter");
        assertThat(choose("\033[6~\033[6~\033[6~\r")).isEqualTo(31); // Page Down to the end: every option can be reached
    }

    @Test
    void backspaceWidensTheFilterAgain() throws IOException {
        assertThat(choose("zzz\177\177\177\033[B\r")).isEqualTo(1);
        assertThat(screen()).contains("nothing matches");
    }

    @Test
    void optionsAreShownSanitised() throws IOException {
        assertThat(choose("evil\r")).isEqualTo(31);
        assertThat(screen()).contains("Evil \\x1b[2J (evil)").doesNotContain("\u001b[2J (evil)");
    }

    @Test
    void theEndOfInputAndCtrlCCancel() throws Exception {
        assertThatThrownBy(() -> choose("flu")).isInstanceOf(PromptCancelledException.class);

        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(typing);
        typing.write("fl".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        // Ctrl-C is a signal of the terminal: typed before the list is on screen, it would go to whoever handled
        // signals before (as on a real terminal), so it is typed once the list shows the filter
        Thread ctrlC = new Thread(() -> {
            try {
                while (!screen().contains(" matching")) { // the status line once the filter is applied
                    Thread.onSpinWait();
                }
                typing.write(3);
                typing.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ctrlC.setDaemon(true);
        ctrlC.start();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> choose(keys)).isInstanceOf(PromptCancelledException.class));
        typing.close();
    }
}
