package dev.cncfcontrib;

import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.cli.Context;
import dev.cncfcontrib.cli.Io;
import dev.cncfcontrib.net.LoopbackDns;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.text.Style;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the whole program in-process, the way a person would from a shell, and captures what they would see.
 * The environment is made up: XDG directories point into a temporary directory, never the real home.
 */
public final class CliRun {

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private Consumer<Context> customize;
    private boolean terminal;
    private int width;
    private boolean colour;
    private Network network;
    private String stdin = "";
    private java.io.OutputStream stdout;

    public CliRun(Path home) {
        this.home = home;
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    }

    public CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Use this network (a loopback server, a resolver that fails) instead of the real one. */
    public CliRun network(Network replacement) {
        this.network = replacement;
        return this;
    }

    /** Replace parts of the context before the command runs (HTTP clients with short timeouts, a fixed clock). */
    public CliRun with(Consumer<Context> customize) {
        this.customize = customize;
        return this;
    }

    /** Pretend stdout is a terminal of {@code columns} columns, with or without colour. */
    public CliRun terminal(int columns, boolean withColour) {
        this.terminal = true;
        this.width = columns;
        this.colour = withColour;
        return this;
    }

    /** What the program reads from standard input. */
    public CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    /**
     * Write standard output to this stream, as the program writes its own (a full device, a pipe whose reader has
     * gone); the result's {@code out} is then empty.
     */
    public CliRun stdout(java.io.OutputStream stream) {
        this.stdout = stream;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = stdout != null ? new dev.cncfcontrib.cli.CheckedOutput(stdout) : new PrintWriter(out);
        Io io = new Io(outWriter, new PrintWriter(err), terminal, width, new Style(colour));
        Context context = new Context(io, env, new CatalogLoader());
        // never the checkout the tests run in: its git configuration would leak into what they see
        context.workingDirectory(home);
        context.stdin(new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // no test reaches a real host: names resolve only to the loopback address (CLOTributor's and GitHub's
        // default addresses fail at once), unless the test brings a network of its own
        context.network(network != null ? network : LoopbackDns.network());
        if (customize != null) {
            customize.accept(context);
        }
        int code = App.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }
}
