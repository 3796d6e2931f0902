package dev.cncfcontrib.cli;

import dev.cncfcontrib.browse.UrlOpener;
import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.catalog.CatalogStore;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.onboarding.GitConfig;
import dev.cncfcontrib.prompt.AccessiblePrompter;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.text.TerminalText;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * What commands need from the outside world, built once by the composition root ({@link dev.cncfcontrib.App}):
 * the I/O streams, the environment and the catalog. Expensive parts are loaded on first use, so that
 * {@code --help} never reads the catalog. The global options set {@link #catalogFile} and {@link #verbose}.
 */
public final class Context {

    /** Names another catalog file, like {@code --catalog}. */
    public static final String CATALOG_ENV = "CNCF_CONTRIB_CATALOG";

    /** Any non-empty value other than 0 turns every prompt off, like {@code --no-input}. */
    public static final String NO_INPUT_ENV = "CNCF_CONTRIB_NO_INPUT";

    /** Any non-empty value other than 0 asks plain numbered questions, like {@code --accessible}. */
    public static final String ACCESSIBLE_ENV = "CNCF_CONTRIB_ACCESSIBLE";

    private final Io io;
    private final Map<String, String> env;
    private final CatalogLoader loader;
    private Path catalogFile;
    private boolean verbose;
    private boolean noInput;
    private boolean accessible;
    private CatalogLoader.Loaded loaded;
    // Dependencies below are created on first use; tests (and the shell) replace them.
    private final Map<String, CatalogLoader.Loaded> loadedCatalogs;
    private GitRunner git;
    private Network network;
    private Clock clock;
    private InputStream stdin;
    private Prompter prompter;
    /** The prompter this context opened itself (a terminal, numbered questions), closed when the command ends. */
    private Prompter opened;
    private GitConfig gitConfig;
    private UrlOpener urlOpener;
    private Path workingDirectory;

    public Context(Io io, Map<String, String> env, CatalogLoader loader) {
        this(io, env, loader, null);
    }

    private Context(Io io, Map<String, String> env, CatalogLoader loader, Map<String, CatalogLoader.Loaded> loadedCatalogs) {
        this.io = io;
        this.env = Map.copyOf(env);
        this.loader = loader;
        this.loadedCatalogs = loadedCatalogs;
    }

    /**
     * A context for the next command line of the shell: the same I/O, environment and replaced dependencies, the
     * global options given when the shell started, and catalogs already read (a line's own {@code --catalog} or
     * {@code --verbose} must not leak into the next line).
     */
    public Context forNextCommand() {
        Context next = new Context(io, env, loader, loadedCatalogs != null ? loadedCatalogs : new HashMap<>());
        next.catalogFile = catalogFile;
        next.verbose = verbose;
        next.noInput = noInput;
        next.git = git;
        next.network = network;
        next.clock = clock;
        next.stdin = stdin;
        next.prompter = prompter;
        next.gitConfig = gitConfig;
        next.urlOpener = urlOpener;
        next.workingDirectory = workingDirectory;
        return next;
    }

    public Io io() {
        return io;
    }

    public String env(String name) {
        return env.get(name);
    }

    /** The whole environment, for a child process that needs it (gh finds its configuration through it). */
    public Map<String, String> environment() {
        return env;
    }

    /** Runs git with this context's environment (tests give it a HOME of their own and no system config). */
    public GitRunner git() {
        if (git == null) {
            git = new GitRunner(env);
        }
        return git;
    }

    /** Replaces how git is run (a runner that counts or records its processes, in tests). */
    public Context git(GitRunner replacement) {
        this.git = replacement;
        return this;
    }

    /** The working directory the program was started in (tests give it one of their own). */
    public Path workingDirectory() {
        if (workingDirectory != null) {
            return workingDirectory;
        }
        Path directory = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            // a name the JVM could not decode (a folder named 'répo' under LANG=C), or a directory removed since
            String advice = FileNames.localeAdvice();
            throw new CommandFailure(ExitCodes.DATA_ERROR, "cannot use the current directory " + directory
                    + (advice.isEmpty() ? ": it no longer exists" : advice));
        }
        return directory;
    }

    public Context workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    public boolean verbose() {
        return verbose;
    }

    void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    void catalogFile(Path file) {
        this.catalogFile = file;
        this.loaded = null;
    }

    /**
     * The way out to the network, created on first use so that commands that stay offline never load the HTTP
     * client. Tests install their own with {@link #network(Network)}.
     */
    public Network network() {
        if (network == null) {
            network = Network.system();
        }
        return network;
    }

    /** Replaces the network, for tests (a resolver that fails, or maps names to a loopback server). */
    public Context network(Network replacement) {
        this.network = replacement;
        return this;
    }

    /**
     * This program's directory for caches: {@code $XDG_CACHE_HOME/cncf-contrib}, else {@code ~/.cache/cncf-contrib}
     * (the XDG base directory rules: a relative {@code XDG_CACHE_HOME} is ignored). Null when neither is known.
     */
    public Path cacheDirectory() {
        String xdg = env.get("XDG_CACHE_HOME");
        try {
            if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg, "cncf-contrib");
            }
            String home = env.get("HOME");
            if (home != null && !home.isEmpty() && Path.of(home).isAbsolute()) {
                return Path.of(home, ".cache", "cncf-contrib");
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return null;
    }

    public CatalogLoader catalogLoader() {
        return loader;
    }

    /** The user's data directory, where {@code catalog update} installs catalogs; null when HOME is unknown. */
    public CatalogStore catalogStore() {
        return CatalogStore.fromEnvironment(env.get("XDG_DATA_HOME"), env.get("HOME"));
    }


    /** The clock, created on first use: time-zone data is not loaded by commands that never ask the time. */
    public Clock clock() {
        if (clock == null) {
            clock = Clock.systemDefaultZone();
        }
        return clock;
    }

    /**
     * The time as epoch milliseconds, from the clock a test installed, else the system's: an age needs no time
     * zone, and the first {@link #clock()} reads the time-zone database.
     */
    public long nowMillis() {
        return clock != null ? clock.millis() : System.currentTimeMillis();
    }

    /** For tests: a fixed date. */
    public Context clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * The catalog in use: {@code --catalog}, else {@code $CNCF_CONTRIB_CATALOG}, else the one {@code catalog update}
     * installed in the data directory, else the bundled one. In the shell, catalogs read by earlier lines are reused.
     */
    public CatalogLoader.Loaded catalog() {
        if (loaded == null) {
            Path file = catalogFile;
            String fromEnv = env.get(CATALOG_ENV);
            if (file == null && fromEnv != null && !fromEnv.isBlank()) {
                try {
                    file = Path.of(fromEnv);
                } catch (InvalidPathException e) {
                    throw new CatalogException(CATALOG_ENV, 0, 0, "not a valid file name");
                }
            }
            Path chosen = file;
            if (loadedCatalogs == null) {
                loaded = loadSaying(chosen);
            } else {
                loaded = loadedCatalogs.computeIfAbsent(cacheKey(chosen), key -> loadSaying(chosen));
            }
        }
        return loaded;
    }

    /** Loads the catalog, and says once, on stderr, when the one in use is not the one a person would expect. */
    private CatalogLoader.Loaded loadSaying(Path file) {
        CatalogLoader.Loaded result = loader.load(file, file == null ? catalogStore() : null);
        if (result.notice() != null) {
            io.err().println("note: " + TerminalText.line(result.notice()));
        }
        return result;
    }

    /** A changed file is read again: the shell runs for a long time while people edit catalogs. */
    private static String cacheKey(Path file) {
        if (file == null) {
            return "";
        }
        try {
            return file.toAbsolutePath() + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException | RuntimeException e) {
            return file.toAbsolutePath().toString();
        }
    }

    /** True when no prompt may be shown: {@code --no-input} or {@code $CNCF_CONTRIB_NO_INPUT}. */
    public boolean noInput() {
        String fromEnv = env.get(NO_INPUT_ENV);
        return noInput || fromEnv != null && !fromEnv.isEmpty() && !fromEnv.equals("0");
    }

    void noInput(boolean noInput) {
        this.noInput = noInput;
    }

    /** True when questions are plain numbered lines read from stdin: {@code --accessible} or {@code $CNCF_CONTRIB_ACCESSIBLE}. */
    public boolean accessible() {
        String fromEnv = env.get(ACCESSIBLE_ENV);
        return accessible || fromEnv != null && !fromEnv.isEmpty() && !fromEnv.equals("0");
    }

    void accessible(boolean accessible) {
        this.accessible = accessible;
    }

    /**
     * Whether a command may ask a question (gh's CanPrompt), the one rule for every command: never with
     * {@code --no-input} or {@code $CNCF_CONTRIB_NO_INPUT}; otherwise when a person is at a terminal, or when numbered
     * answers were asked for ({@link #accessible()}), which a script may pipe in. A command that cannot ask says
     * which flag does the same ({@code --yes}, {@code --project}).
     */
    public boolean canPrompt() {
        return !noInput() && (io.terminal() || accessible());
    }

    /**
     * How this run asks questions, once {@link #canPrompt()} allows them: numbered questions on stdin when
     * {@link #accessible()}; else the prompter someone put in (a test's scripted answers, the shell's terminal);
     * else the system terminal, opened on first use (menus, or numbered questions on a dumb terminal) and closed
     * when the command ends.
     *
     * @throws IllegalStateException when no question may be asked: a command must check {@link #canPrompt()} first
     */
    public Prompter prompter() {
        if (!canPrompt()) {
            throw new IllegalStateException("a question where nobody may answer: the command must check canPrompt() first");
        }
        if (opened != null) {
            return opened;
        }
        if (accessible()) {
            opened = new AccessiblePrompter(new BufferedReader(new InputStreamReader(stdin(), StandardCharsets.UTF_8)), io.out());
        } else if (prompter != null) {
            return prompter;
        } else {
            // a separate class, so that commands that never prompt never load JLine
            opened = SystemTerminalPrompter.open();
        }
        return opened;
    }

    /** Replaces how questions are answered: a test's scripted prompter, the shell's terminal. */
    public Context prompter(Prompter prompter) {
        this.prompter = prompter;
        return this;
    }

    /** The prompter someone put in with {@link #prompter(Prompter)}, or null. */
    Prompter replacedPrompter() {
        return prompter;
    }

    /** Closes the prompter this context opened (the terminal it holds); the command line that needed it is over. */
    void closeOpenedPrompter() {
        if (opened instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // a terminal that cannot be closed cleanly has nothing left to lose
            }
        }
        opened = null;
    }

    /** Standard input: what the accessible prompter and a piped shell read. */
    public InputStream stdin() {
        return stdin != null ? stdin : System.in;
    }

    public Context stdin(InputStream stdin) {
        this.stdin = stdin;
        return this;
    }

    /** Reads the person's git configuration ({@code git config --get}). */
    public GitConfig gitConfig() {
        if (gitConfig == null) {
            gitConfig = GitConfig.process(env);
        }
        return gitConfig;
    }

    public Context gitConfig(GitConfig gitConfig) {
        this.gitConfig = gitConfig;
        return this;
    }

    /** Opens links in a browser, or says it cannot. */
    public UrlOpener urlOpener() {
        if (urlOpener == null) {
            urlOpener = UrlOpener.system(env, System.getProperty("os.name", ""));
        }
        return urlOpener;
    }

    public Context urlOpener(UrlOpener urlOpener) {
        this.urlOpener = urlOpener;
        return this;
    }

    /** {@code $XDG_STATE_HOME/cncf-contrib}, by default {@code ~/.local/state/cncf-contrib}: history and progress. */
    public Path stateDir() {
        String state = env.get("XDG_STATE_HOME");
        // the XDG specification says a relative path is invalid and must be ignored
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return Path.of(state, "cncf-contrib");
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".local", "state", "cncf-contrib");
    }
}
