package dev.cncfcontrib.shell;

import dev.cncfcontrib.App;
import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.prompt.AccessiblePrompter;
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
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive shell: reads command lines and runs each through the same composition as the command line
 * ({@link App#commandLine}), so every command, option and error behaves as it does outside. A failing command
 * prints its error and the shell goes on.
 */
public final class Shell {

    /** The shell's own commands, which are not picocli commands. */
    static final Map<String, String> BUILTINS = new LinkedHashMap<>();

    static {
        BUILTINS.put("help", "List the commands; 'help COMMAND' shows one command's options");
        BUILTINS.put("exit", "Leave the shell (also: Ctrl-D)");
    }

    static final String PROMPT = "cncf-contrib> ";

    private final Context context;
    private final Parser parser = new DefaultParser();

    /** @param context the context the shell was started with; each line gets a fresh copy of it */
    public Shell(Context context) {
        this.context = context;
    }

    /** The history file: {@code $XDG_STATE_HOME/cncf-contrib/history}. */
    public static Path historyFile(Context context) {
        return context.stateDir().resolve("history");
    }

    /**
     * Runs the shell on {@code terminal} with line editing, completion and history, until {@code exit}, Ctrl-D or
     * the end of the input. Returns 0.
     */
    public int run(Terminal terminal, Path history) {
        ShellCompleter completer = completer(() -> context.catalog().catalog());
        LineReader reader = lineReader(terminal, history, completer);
        // the catalog is read and its names indexed while the person types the first command, not at the first TAB
        Thread preparing = new Thread(completer::prepare, "completion-index");
        preparing.setDaemon(true);
        preparing.start();
        boolean menus = !Terminals.isDumb(terminal);
        Prompter prompter = menus ? new JLinePrompter(terminal, false)
                : new AccessiblePrompter(new BufferedReader(terminal.reader()), terminal.writer());
        // Ctrl-C while a command runs must not end the whole shell (the JVM's default on SIGINT): it interrupts
        // the command instead; readLine and the prompts install their own handlers while they wait for keys
        Thread shellThread = Thread.currentThread();
        terminal.handle(Terminal.Signal.INT, signal -> shellThread.interrupt());
        if (menus) {
            context.io().out().println("Tab completes commands, options, values and project names; 'help' lists the commands, 'exit' or Ctrl-D leaves.");
            context.io().out().flush();
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
                boolean goOn;
                try {
                    goOn = runLine(parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words(), prompter);
                } catch (EOFError e) {
                    error("unclosed quote");
                    goOn = true;
                }
                Thread.interrupted(); // a Ctrl-C during the command is spent
                if (!goOn) {
                    break;
                }
            }
        } finally {
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                context.io().err().println("warning: cannot save the history: " + TerminalText.line(FileErrors.reason(e)));
            }
        }
        return 0;
    }

    /** Completion of this shell's commands, options and values, and of {@code catalog}'s names. */
    ShellCompleter completer(Supplier<Catalog> catalog) {
        return new ShellCompleter(App.commandLine(context), BUILTINS, catalog, context.env("HOME"));
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
        if (history != null && historyUsable(history)) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        return builder.build();
    }

    /**
     * Whether the history file can be read and written: reading a FIFO would wait for a writer before the first
     * prompt, and a directory cannot be read at all. Anything but a regular file (or nothing yet) is left alone,
     * with one line, and the shell goes on without saved history.
     */
    private boolean historyUsable(Path history) {
        String problem = null;
        try {
            Files.createDirectories(history.toAbsolutePath().getParent());
            BasicFileAttributes attributes = Files.readAttributes(history, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                problem = "is a directory";
            } else if (!attributes.isRegularFile()) {
                problem = "is not a regular file";
            }
        } catch (NoSuchFileException absent) {
            return true;
        } catch (IOException e) {
            problem = "cannot be used (" + FileErrors.reason(e) + ")";
        }
        if (problem == null) {
            return true;
        }
        context.io().err().println("warning: " + TerminalText.line(history.toString()) + " " + problem + "; history is not saved");
        context.io().err().flush();
        return false;
    }

    /**
     * Runs the shell on plain lines (a pipe, a script): no prompt, no editing, no history, and no terminal is
     * opened, so nothing waits for keys. Lines starting with '#' are comments. Returns 0.
     */
    public int runLines(BufferedReader in) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> words;
                try {
                    words = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words();
                } catch (EOFError e) {
                    error("unclosed quote in: " + line);
                    continue;
                }
                if (!runLine(words, null)) {
                    break;
                }
            }
        } catch (IOException e) {
            // stdin closed or broken: nothing more to run; say so in one line rather than a crash
            error("cannot read the commands: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Runs one command line; false when the shell should end. */
    boolean runLine(List<String> parsed, Prompter prompter) {
        List<String> words = new ArrayList<>();
        for (String word : parsed) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0);
        PrintWriter out = context.io().out();
        switch (first) {
            case "exit", "quit" -> {
                return false;
            }
            case "help" -> {
                if (words.size() > 1) {
                    words = new ArrayList<>(words.subList(1, words.size()));
                    words.add("--help");
                } else {
                    printHelp(out);
                    return true;
                }
            }
            case "shell" -> {
                error("you are already in the shell");
                return true;
            }
            default -> {
                // run as a command below
            }
        }
        Context line = context.forNextCommand();
        if (prompter != null && line.replacedPrompter() == null) {
            line.prompter(prompter);
        }
        String[] args = words.toArray(new String[0]);
        try {
            App.commandLine(line, args).execute(args);
        } catch (RuntimeException e) {
            // picocli handles command failures; this is a failure of the handlers themselves
            error(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            out.flush();
            context.io().err().flush();
        }
        return true;
    }

    private void printHelp(PrintWriter out) {
        CommandLine tree = App.commandLine(context);
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

    private void error(String message) {
        context.io().err().println(context.io().style().red("error:") + " " + TerminalText.line(message));
        context.io().err().flush();
    }
}
