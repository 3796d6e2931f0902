package dev.cncfcontrib;

import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.cli.CheckedOutput;
import dev.cncfcontrib.cli.CommandTree;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.ExitCodes;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * The composition root: builds the I/O and the context, runs one command line through {@link CommandTree} and
 * returns its exit code once the output is known to be written. Tests call {@link #run(Io, Map, String...)} with
 * string writers and a made-up environment.
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
        return outputChecked(context.io(), CommandTree.execute(context, args));
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

    /** The command tree for {@code args} (see {@link CommandTree#of}): for tests, documentation and benchmarks. */
    public static CommandLine commandLine(Context context, String... args) {
        return CommandTree.of(context, args);
    }
}
