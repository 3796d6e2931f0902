package dev.cncfcontrib.shell;

import dev.cncfcontrib.prompt.PromptCancelledException;
import dev.cncfcontrib.prompt.TextPrompter;
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
 * dumb: on a pipe console-ui ignores arrow keys and fails on end of input ({@link Terminals#prompter} makes that
 * choice). Ctrl-C and Escape cancel.
 */
public final class JLinePrompter extends TextPrompter {

    private static final String KEY = "answer";

    private final Terminal terminal;

    /** @param ownsTerminal close the terminal with this prompter (one opened for a command); the shell keeps its own */
    public JLinePrompter(Terminal terminal, boolean ownsTerminal) {
        super(ownsTerminal ? terminal : null);
        this.terminal = terminal;
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
        List<String> shown = shown(options);
        for (int index : order) {
            list.newItem(shown.get(index)).text(shown.get(index)).add();
        }
        list.addPrompt();
        ListResult result = (ListResult) ask(question, builder);
        return indexOf(shown, result.getSelectedId());
    }

    @Override
    public List<Integer> selectMany(String question, List<String> options) {
        PromptBuilder builder = new ConsolePrompt(terminal).getPromptBuilder();
        CheckboxPromptBuilder boxes = builder.createCheckboxPrompt().name(KEY)
                .message(lastLine(question) + " (Space to tick, Enter when done)");
        List<String> shown = shown(options);
        for (String option : shown) {
            boxes.newItem(option).text(option).add();
        }
        boxes.addPrompt();
        CheckboxResult result = (CheckboxResult) ask(question, builder);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (result.getSelectedIds().contains(shown.get(i))) {
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
    protected String readLine(List<String> above, String prompt) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        try {
            for (String line : above) {
                terminal.writer().print(AttributedString.fromAnsi(line).toAnsi(terminal) + "\n");
            }
            return reader.readLine(prompt).trim();
        } catch (UserInterruptException | EndOfFileException e) {
            throw new PromptCancelledException("cancelled");
        }
    }

    private static int indexOf(List<String> shown, String selected) {
        int index = shown.indexOf(selected);
        if (index < 0) {
            throw new IllegalStateException("console-ui answered an option it was not given: " + selected);
        }
        return index;
    }

    /** console-ui shows one line of message; the lines above it go into the header it keeps on screen. */
    private static List<AttributedString> header(String question) {
        List<AttributedString> header = new ArrayList<>();
        for (String line : linesAbove(question)) {
            header.add(AttributedString.fromAnsi(line));
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
}
