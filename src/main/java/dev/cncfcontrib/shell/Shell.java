package dev.cncfcontrib.shell;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.text.TerminalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell: reads command lines and runs each through the program's own {@link Commands}, so every
 * command, option and error behaves as it does outside. A failing command prints its error and the shell goes on.
 */
public final class Shell {

    /** The shell's own commands, which are not the program's. */
    static final Map<String, String> BUILTINS = Map.of("exit", "Leave the shell (also: Ctrl-D)");

    static final String PROMPT = "cncf-contrib> ";

    private final Commands commands;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String home;
    private final Parser parser = new DefaultParser();

    /**
     * @param out  where the shell's own help goes, and what it flushes after each line
     * @param err  where its warnings go (a history file it cannot use)
     * @param home the home directory, for completing file names that start with {@code ~}; null when unknown
     */
    public Shell(Commands commands, PrintWriter out, PrintWriter err, String home) {
        this.commands = commands;
        this.out = out;
        this.err = err;
        this.home = home;
    }

    /** Runs the shell on the process's terminal, opened here and closed when the shell ends; see {@link #run}. */
    public int runOnSystemTerminal(Path history) throws IOException {
        try (Terminal terminal = Terminals.system()) {
            return run(terminal, history);
        }
    }

    /**
     * Runs the shell on {@code terminal} with line editing, completion and history, until {@code exit}, Ctrl-D or
     * the end of the input. Returns 0: the person saw each failing line's error as it happened.
     */
    public int run(Terminal terminal, Path history) {
        ShellCompleter completer = completer(commands::catalog);
        LineReader reader = lineReader(terminal, history, completer);
        // the catalog is read and its names indexed while the person types the first command, not at the first TAB
        Thread preparing = new Thread(completer::prepare, "completion-index");
        preparing.setDaemon(true);
        preparing.start();
        Prompter prompter = Terminals.prompter(terminal, false);
        // Ctrl-C while a command runs must not end the whole shell (the JVM's default on SIGINT): it interrupts
        // the command instead; readLine and the prompts install their own handlers while they wait for keys
        Thread shellThread = Thread.currentThread();
        terminal.handle(Terminal.Signal.INT, signal -> shellThread.interrupt());
        if (!Terminals.isDumb(terminal)) {
            out.println("Tab completes commands, options, values and project names; 'help' lists the commands, 'exit' or Ctrl-D leaves.");
            out.flush();
        }
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C clears the line, as in bash
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = words(line);
                if (words == null) {
                    commands.usageError("unclosed quote");
                    continue;
                }
                if (isExit(words)) {
                    break;
                }
                runLine(words, prompter);
                Thread.interrupted(); // a Ctrl-C during the command is spent
            }
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                err.println("warning: cannot save the history: " + TerminalText.line(FileErrors.reason(e)));
            }
        }
        return 0;
    }

    /** Completion of this shell's commands, options and values, and of {@code catalog}'s names. */
    ShellCompleter completer(Supplier<Catalog> catalog) {
        return new ShellCompleter(commands.tree(), BUILTINS, catalog, home);
    }

    /**
     * The line reader of the shell, with history in {@code history} (null: none). The keystroke benchmark drives
     * this very reader.
     */
    LineReader lineReader(Terminal terminal, Path history, ShellCompleter completer) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("cncf-contrib")
                .parser(parser)
                .completer(completer)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true);
        Path file = history == null ? null : usableHistory(history);
        if (file != null) {
            builder.variable(LineReader.HISTORY_FILE, file);
        }
        return builder.build();
    }

    /**
     * The file the history goes to, or null when it cannot be used: reading a FIFO would wait for a writer before
     * the first prompt, and a directory cannot be read at all. Anything but a regular file (or nothing yet) is left
     * alone, with one line, and the shell goes on without saved history. A symbolic link is followed to its target:
     * JLine trims a long history by writing a new file and moving it over the old, which would otherwise replace
     * the link (a history kept in a dotfiles repository, say) with a file.
     */
    private Path usableHistory(Path history) {
        String problem = null;
        try {
            Files.createDirectories(history.toAbsolutePath().getParent());
            Path target = AtomicFiles.followLinks(history);
            if (target == null) {
                problem = "is not a regular file";
            } else {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
                    if (attributes.isDirectory()) {
                        problem = "is a directory";
                    } else if (!attributes.isRegularFile()) {
                        problem = "is not a regular file";
                    }
                } catch (NoSuchFileException absent) {
                    Files.createDirectories(target.getParent());
                }
                if (problem == null) {
                    return target;
                }
            }
        } catch (IOException e) {
            problem = "cannot be used (" + FileErrors.reason(e) + ")";
        }
        err.println("warning: " + TerminalText.line(history.toString()) + " " + problem + "; history is not saved");
        err.flush();
        return null;
    }

    /**
     * Runs the shell on plain lines (a pipe, a script): no prompt, no editing, no history, and no terminal is
     * opened, so nothing waits for keys. Lines starting with '#' are comments. Every line runs, whatever the one
     * before it did; the result is the exit code of the last line that failed, or 0 when none did, so that a
     * script's caller sees a failure that later lines did not undo (unlike {@code sh}, where only the last line
     * counts).
     */
    public int runLines(BufferedReader in) {
        int status = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> words = words(line);
                int code;
                if (words == null) {
                    code = commands.usageError("unclosed quote in: " + line);
                } else if (isExit(words)) {
                    break;
                } else {
                    code = runLine(words, null);
                }
                if (code != 0) {
                    status = code;
                }
            }
        } catch (IOException e) {
            // stdin closed or broken: nothing more to run; say so in one line rather than a crash
            return commands.inputError(e);
        }
        return status;
    }

    /** The words of a line, without empty ones; null for an unclosed quote. */
    private List<String> words(String line) {
        List<String> words = new ArrayList<>();
        try {
            for (String word : parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words()) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (EOFError e) {
            return null;
        }
        return words;
    }

    private static boolean isExit(List<String> words) {
        return !words.isEmpty() && (words.get(0).equals("exit") || words.get(0).equals("quit"));
    }

    /** Runs one command line, or the shell's own list of commands; returns its exit code. */
    int runLine(List<String> words, Prompter prompter) {
        if (words.isEmpty()) {
            return 0;
        }
        if (words.size() == 1 && words.get(0).equals("help")) {
            printHelp();
            return 0;
        }
        if (words.get(0).equals("shell")) {
            return commands.usageError("you are already in the shell");
        }
        try {
            return commands.run(words, prompter);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void printHelp() {
        CommandLine tree = commands.tree();
        out.println("Commands (COMMAND --help, or help COMMAND, shows the options):");
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine> command : tree.getSubcommands().entrySet()) {
            if (!command.getKey().equals("shell")) {
                String[] description = command.getValue().getCommandSpec().usageMessage().description();
                String text = description.length == 0 ? "" : description[0];
                int stop = text.indexOf(". ");
                all.put(command.getKey(), stop > 0 ? text.substring(0, stop + 1) : text);
            }
        }
        all.putAll(BUILTINS);
        int widest = all.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> entry : all.entrySet()) {
            out.println("  " + entry.getKey() + " ".repeat(widest - entry.getKey().length() + 2) + entry.getValue());
        }
        out.flush();
    }
}
