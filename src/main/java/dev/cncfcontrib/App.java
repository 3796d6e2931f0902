package dev.cncfcontrib;

import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.cli.CheckedOutput;
import dev.cncfcontrib.cli.CommandConventions;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.ExitCodes;
import dev.cncfcontrib.cli.ContextFactory;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.cli.RootCommand;
import dev.cncfcontrib.cli.Subcommands;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The composition root: builds the I/O, the context and the command tree, runs one command line and returns its
 * exit code. Tests call {@link #run(Io, Map, String...)} with string writers and a made-up environment.
 */
public final class App {

    /** What picocli need not convert: see the static initialiser. */
    static final String UNUSED_CONVERTERS = "java\\.sql\\..*|java\\.time\\..*";

    static {
        // picocli registers converters for java.sql and java.time types by reflection in every new CommandLine,
        // which loads JDBC's DriverManager and much of java.time at each start; no option here has such a type
        // (durations have their own converter), so it may skip them (picocli's documented switch)
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
    }

    private App() {
    }

    /** Runs with the process's own streams and environment. */
    public static int run(String... args) {
        Map<String, String> env = System.getenv();
        return run(Io.system(env), env, args);
    }

    public static int run(Io io, Map<String, String> env, String... args) {
        return run(new Context(io, env, new CatalogLoader()), args);
    }

    /** Runs with a context the caller prepared: tests replace parts of the outside world (answers, network, git). */
    public static int run(Context context, String... args) {
        Io io = context.io();
        int code;
        try {
            code = commandLine(context, args).execute(args);
        } catch (OutOfMemoryError e) {
            // the readers cap what they hold, so this is a bug or a heap set very small; still one line, no trace
            io.err().println(io.style().red("error:") + " out of memory (the Java heap is too small for this; raise it with"
                    + " CNCF_CONTRIB_JAVA_OPTS=-Xmx512m, and report it if it persists)");
            code = ExitCodes.CHECK_FAILED;
        } finally {
            io.err().flush();
        }
        return outputChecked(io, code);
    }

    /**
     * The exit code once stdout is known to hold what the command wrote: a write that failed (a full disk,
     * {@code /dev/full}, a closed stdout) is one line on stderr and exit 4, for every command at once. A reader
     * that went away ({@code | head -1}) is not a failure: the output went as far as it was wanted.
     */
    static int outputChecked(Io io, int code) {
        PrintWriter out = io.out();
        out.flush();
        if (!out.checkError()) {
            return code;
        }
        IOException failure = out instanceof CheckedOutput checked ? checked.failure() : new IOException("write error");
        if (failure != null && CheckedOutput.isBrokenPipe(failure)) {
            return code;
        }
        io.err().println(io.style().red("error:") + " cannot write the output: "
                + TerminalText.line(failure == null ? "write error" : FileErrors.reason(failure)));
        io.err().flush();
        return code == ExitCodes.OK ? ExitCodes.DATA_ERROR : code;
    }

    /**
     * The command tree for {@code args}: the root plus the one subcommand the arguments name, or every
     * subcommand when they name none (help, a typo that needs suggestions, completion).
     */
    public static CommandLine commandLine(Context context, String... args) {
        ContextFactory factory = new ContextFactory(context);
        CommandLine root = new RootCommand(context).commandLine();
        String wanted = subcommandNamed(root.getCommandSpec(), args);
        // --version alone needs no subcommand; --help, a typo or nothing at all needs them all
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        for (Subcommands.Entry entry : Subcommands.ALL) {
            if (!versionOnly && (wanted == null || entry.name().equals(wanted))) {
                root.addSubcommand(entry.name(), factory.construct(entry.type()).commandLine());
            }
        }
        CommandConventions.apply(root, context);
        return root;
    }

    /** The first argument that is not a root option (or its value), if it is a command name. */
    static String subcommandNamed(CommandSpec rootSpec, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                OptionSpec option = rootSpec.findOption(arg);
                if (option != null && option.arity().min() > 0 && !arg.contains("=")) {
                    i++; // skip the option's value
                }
                continue;
            }
            for (Subcommands.Entry entry : Subcommands.ALL) {
                if (entry.name().equals(arg)) {
                    return arg;
                }
            }
            return null;
        }
        return null;
    }
}
