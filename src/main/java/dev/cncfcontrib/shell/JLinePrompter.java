package dev.cncfcontrib.shell;

import dev.cncfcontrib.prompt.PromptCancelledException;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.consoleui.elements.ConfirmChoice;
import org.jline.consoleui.prompt.CheckboxResult;
import org.jline.consoleui.prompt.ConfirmResult;
import org.jline.consoleui.prompt.ConsolePrompt;
import org.jline.consoleui.prompt.ListResult;
import org.jline.consoleui.prompt.PromptResultItemIF;
import org.jline.consoleui.prompt.builder.CheckboxPromptBuilder;
import org.jline.consoleui.prompt.builder.ListPromptBuilder;
import org.jline.consoleui.prompt.builder.PromptBuilder;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Arrow-key menus and check boxes on a real terminal, through JLine's console-ui. Only for a terminal that is not
 * dumb: on a pipe console-ui ignores arrow keys and fails on end of input ({@link dev.cncfcontrib.cli.Prompters}
 * makes that choice). Ctrl-C and Escape cancel.
 */
public final class JLinePrompter implements Prompter, AutoCloseable {

    private static final String KEY = "answer";

    private final Terminal terminal;
    private final boolean ownsTerminal;

    /** @param ownsTerminal close the terminal with this prompter (the wizard's own); the shell keeps its terminal */
    public JLinePrompter(Terminal terminal, boolean ownsTerminal) {
        this.terminal = terminal;
        this.ownsTerminal = ownsTerminal;
    }

    @Override
    public int selectOne(String question, List<String> options, int defaultIndex) {
        PromptBuilder builder = new ConsolePrompt(terminal).getPromptBuilder();
        ListPromptBuilder list = builder.createListPrompt().name(KEY).message(lastLine(question));
        // console-ui always starts on the first item: put the default there, keep the others in order
        List<Integer> order = new ArrayList<>();
        if (defaultIndex >= 0) {
            order.add(defaultIndex);
        }
        for (int i = 0; i < options.size(); i++) {
            if (i != defaultIndex) {
                order.add(i);
            }
        }
        // the item's name is what console-ui echoes after the answer: the text, not an index
        for (int index : order) {
            list.newItem(TerminalText.line(options.get(index))).text(TerminalText.line(options.get(index))).add();
        }
        list.addPrompt();
        ListResult result = (ListResult) ask(question, builder);
        return indexOf(options, result.getSelectedId());
    }

    @Override
    public List<Integer> selectMany(String question, List<String> options) {
        PromptBuilder builder = new ConsolePrompt(terminal).getPromptBuilder();
        CheckboxPromptBuilder boxes = builder.createCheckboxPrompt().name(KEY)
                .message(lastLine(question) + " (Space to tick, Enter when done)");
        for (int i = 0; i < options.size(); i++) {
            boxes.newItem(TerminalText.line(options.get(i))).text(TerminalText.line(options.get(i))).add();
        }
        boxes.addPrompt();
        CheckboxResult result = (CheckboxResult) ask(question, builder);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (result.getSelectedIds().contains(TerminalText.line(options.get(i)))) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    /** A list that narrows as one types: every option can be reached, by typing part of it or by scrolling. */
    @Override
    public int selectOneOfMany(String question, List<String> options) {
        return new FilteredList(terminal).choose(header(question), lastLine(question), options);
    }

    @Override
    public boolean confirm(String question, boolean defaultAnswer) {
        PromptBuilder builder = new ConsolePrompt(terminal).getPromptBuilder();
        builder.createConfirmPromp().name(KEY).message(lastLine(question))
                .defaultValue(defaultAnswer ? ConfirmChoice.ConfirmationValue.YES : ConfirmChoice.ConfirmationValue.NO)
                .addPrompt();
        ConfirmResult result = (ConfirmResult) ask(question, builder);
        return result.getConfirmed() == ConfirmChoice.ConfirmationValue.YES;
    }

    @Override
    public String input(String question, String defaultValue) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        try {
            terminal.writer().print(header(question).stream().map(line -> line.toAnsi(terminal) + "\n").reduce("", String::concat));
            String answer = reader.readLine(lastLine(question) + (defaultValue == null ? ": " : " [" + TerminalText.line(defaultValue) + "]: ")).trim();
            return answer.isEmpty() && defaultValue != null ? defaultValue : answer;
        } catch (UserInterruptException | EndOfFileException e) {
            throw new PromptCancelledException("cancelled");
        }
    }

    private static int indexOf(List<String> options, String shown) {
        for (int i = 0; i < options.size(); i++) {
            if (TerminalText.line(options.get(i)).equals(shown)) {
                return i;
            }
        }
        throw new IllegalStateException("console-ui answered an option it was not given: " + shown);
    }

    /** console-ui shows one line of message; the lines above it go into the header it keeps on screen. */
    private static String lastLine(String question) {
        return question.substring(question.lastIndexOf('\n') + 1);
    }

    private static List<AttributedString> header(String question) {
        List<AttributedString> header = new ArrayList<>();
        int last = question.lastIndexOf('\n');
        if (last > 0) {
            for (String line : question.substring(0, last).split("\n", -1)) {
                header.add(AttributedString.fromAnsi(line));
            }
        }
        return header;
    }

    private PromptResultItemIF ask(String question, PromptBuilder builder) {
        ConsolePrompt.UiConfig config = new ConsolePrompt.UiConfig(">", "[ ]", "[x]", "-");
        config.setCancellableFirstPrompt(true);
        Thread asking = Thread.currentThread();
        boolean[] interrupted = {false};
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            interrupted[0] = true;
            asking.interrupt();
        });
        try {
            Map<String, PromptResultItemIF> result = new ConsolePrompt(terminal, config).prompt(header(question), builder.build());
            if (interrupted[0] || result.get(KEY) == null) {
                throw new PromptCancelledException("cancelled");
            }
            return result.get(KEY);
        } catch (UserInterruptException e) {
            throw new PromptCancelledException("cancelled");
        } catch (IOException | IOError | RuntimeException e) {
            if (interrupted[0] || e instanceof PromptCancelledException) {
                throw new PromptCancelledException("cancelled");
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : e instanceof RuntimeException runtime ? runtime : new UncheckedIOException(new IOException(e));
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            Thread.interrupted(); // do not leak the interrupt into the next read
        }
    }

    @Override
    public void close() throws IOException {
        if (ownsTerminal) {
            terminal.close();
        }
    }
}
