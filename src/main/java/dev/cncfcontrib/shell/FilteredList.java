package dev.cncfcontrib.shell;

import dev.cncfcontrib.prompt.OptionFilter;
import dev.cncfcontrib.prompt.PromptCancelledException;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOError;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * A list that narrows as one types, for choices too many for one screen: letters filter ({@link OptionFilter}),
 * arrows and Page Up/Down move, Enter chooses, Backspace and Ctrl-U edit the filter, Esc and Ctrl-C cancel. Drawn
 * with JLine's {@link Display}, which redraws only what changed.
 */
final class FilteredList {

    private enum Op { CHAR, BACKSPACE, CLEAR, UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, ENTER, CANCEL }

    /** Lines the list itself may take: enough to scan, small enough to keep the question in sight. */
    private static final int MAX_VISIBLE = 12;

    private final Terminal terminal;

    FilteredList(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * @param header lines to keep above the question (what the wizard said before it)
     * @return the index of the chosen option
     */
    int choose(List<AttributedString> header, String question, List<String> options) {
        List<String> shown = new ArrayList<>(options.size());
        for (String option : options) {
            shown.add(TerminalText.line(option));
        }
        Thread asking = Thread.currentThread();
        boolean[] interrupted = {false};
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            interrupted[0] = true;
            asking.interrupt();
        });
        Attributes saved = terminal.enterRawMode();
        Display display = new Display(terminal, false);
        StringBuilder filter = new StringBuilder();
        int selected = 0;
        int top = 0;
        try {
            terminal.puts(Capability.keypad_xmit);
            for (AttributedString line : header) {
                terminal.writer().println(line.toAnsi(terminal));
            }
            terminal.flush();
            BindingReader reader = new BindingReader(terminal.reader());
            KeyMap<Op> keys = keys();
            while (true) {
                List<Integer> matches = OptionFilter.matching(shown, filter.toString());
                Size size = terminal.getSize();
                int columns = size.getColumns() > 0 ? size.getColumns() : 80;
                int rows = size.getRows() > 0 ? size.getRows() : 24;
                int visible = Math.max(3, Math.min(MAX_VISIBLE, rows - 4));
                selected = Math.max(0, Math.min(selected, matches.size() - 1));
                if (selected < top) {
                    top = selected;
                } else if (selected >= top + visible) {
                    top = selected - visible + 1;
                }
                top = Math.max(0, Math.min(top, Math.max(0, matches.size() - visible)));
                display.resize(rows, columns);
                List<AttributedString> lines = new ArrayList<>();
                AttributedStringBuilder prompt = new AttributedStringBuilder()
                        .style(AttributedStyle.BOLD).append(question).style(AttributedStyle.DEFAULT).append(" ").append(filter);
                lines.add(cut(prompt.toAttributedString(), columns));
                for (int row = top; row < Math.min(matches.size(), top + visible); row++) {
                    boolean current = row == selected;
                    AttributedStringBuilder line = new AttributedStringBuilder()
                            .style(current ? AttributedStyle.BOLD.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT)
                            .append(current ? "> " : "  ").append(shown.get(matches.get(row)));
                    lines.add(cut(line.toAttributedString(), columns));
                }
                String status = matches.isEmpty() ? "nothing matches: Backspace or Ctrl-U to change the filter"
                        : (top + 1) + "-" + Math.min(matches.size(), top + visible) + " of " + matches.size()
                                + (filter.length() == 0 ? "" : " matching") + ": type to filter, Up/Down to move, Enter to choose, Esc to cancel";
                lines.add(cut(new AttributedString(status, AttributedStyle.DEFAULT.faint()), columns));
                display.update(lines, new Size(columns, rows).cursorPos(0, Math.min(columns - 1, lines.get(0).columnLength())));
                Op op = reader.readBinding(keys);
                if (op == null || op == Op.CANCEL || interrupted[0]) {
                    throw new PromptCancelledException("cancelled");
                }
                switch (op) {
                    case CHAR -> {
                        filter.append(reader.getLastBinding());
                        selected = 0;
                        top = 0;
                    }
                    case BACKSPACE -> {
                        if (filter.length() > 0) {
                            filter.setLength(filter.length() - 1);
                            selected = 0;
                            top = 0;
                        }
                    }
                    case CLEAR -> {
                        filter.setLength(0);
                        selected = 0;
                        top = 0;
                    }
                    case UP -> selected = Math.max(0, selected - 1);
                    case DOWN -> selected = Math.min(matches.size() - 1, selected + 1);
                    case PAGE_UP -> selected = Math.max(0, selected - visible);
                    case PAGE_DOWN -> selected = Math.min(matches.size() - 1, selected + visible);
                    case HOME -> selected = 0;
                    case END -> selected = matches.size() - 1;
                    case ENTER -> {
                        if (!matches.isEmpty()) {
                            int chosen = matches.get(selected);
                            AttributedString answer = new AttributedStringBuilder().style(AttributedStyle.BOLD).append(question)
                                    .style(AttributedStyle.DEFAULT).append(" ").append(shown.get(chosen)).toAttributedString();
                            display.update(List.of(cut(answer, columns)), -1);
                            terminal.writer().println();
                            terminal.flush();
                            return chosen;
                        }
                    }
                    default -> {
                        // CANCEL is handled above
                    }
                }
            }
        } catch (IOError | UncheckedIOException e) {
            throw new PromptCancelledException("cancelled");
        } finally {
            terminal.puts(Capability.keypad_local);
            terminal.setAttributes(saved);
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.flush();
            Thread.interrupted(); // do not leak the interrupt into the next read
        }
    }

    private KeyMap<Op> keys() {
        KeyMap<Op> keys = new KeyMap<>();
        for (char c = 32; c < 127; c++) {
            keys.bind(Op.CHAR, Character.toString(c));
        }
        keys.setUnicode(Op.CHAR);
        keys.bind(Op.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Op.CLEAR, KeyMap.ctrl('U'));
        keys.bind(Op.ENTER, "\r", "\n");
        keys.bind(Op.CANCEL, KeyMap.ctrl('C'), KeyMap.ctrl('D'), KeyMap.esc());
        bind(keys, Op.UP, Capability.key_up, "\033[A", "\033OA");
        bind(keys, Op.DOWN, Capability.key_down, "\033[B", "\033OB");
        keys.bind(Op.UP, KeyMap.ctrl('P'));
        keys.bind(Op.DOWN, KeyMap.ctrl('N'), "\t");
        bind(keys, Op.PAGE_UP, Capability.key_ppage, "\033[5~");
        bind(keys, Op.PAGE_DOWN, Capability.key_npage, "\033[6~");
        bind(keys, Op.HOME, Capability.key_home, "\033[H", "\033OH", "\033[1~");
        bind(keys, Op.END, Capability.key_end, "\033[F", "\033OF", "\033[4~");
        // Esc alone cancels; the same byte starts the arrow keys' sequences, so wait a little for the rest
        keys.setAmbiguousTimeout(150);
        return keys;
    }

    private void bind(KeyMap<Op> keys, Op op, Capability capability, String... sequences) {
        String fromTerminal = KeyMap.key(terminal, capability);
        if (fromTerminal != null && !fromTerminal.isEmpty()) {
            keys.bind(op, fromTerminal);
        }
        for (String sequence : sequences) {
            keys.bind(op, sequence);
        }
    }

    private static AttributedString cut(AttributedString line, int columns) {
        return line.columnLength() < columns ? line : line.columnSubSequence(0, Math.max(1, columns - 1));
    }
}
