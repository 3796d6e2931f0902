package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.browse.UrlOpener;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.onboarding.GitConfig;
import dev.cncfcontrib.prompt.Prompter;
import java.io.InputStream;
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

    private final Io io;
    private final Map<String, String> env;
    private final CatalogLoader loader;
    private Path catalogFile;
    private boolean verbose;
    private boolean noInput;
    private CatalogLoader.Loaded loaded;
    // The interactive dependencies below are created on first use, and tests (or the shell) replace them.
    private final Map<String, CatalogLoader.Loaded> loadedCatalogs;
    private InputStream stdin;
    private Prompter prompter;
    private GitConfig gitConfig;
    private UrlOpener urlOpener;
    private Clock clock;

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
        next.stdin = stdin;
        next.prompter = prompter;
        next.gitConfig = gitConfig;
        next.urlOpener = urlOpener;
        next.clock = clock;
        return next;
    }

    public Io io() {
        return io;
    }

    public String env(String name) {
        return env.get(name);
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

    /** The catalog in use: {@code --catalog}, else {@code $CNCF_CONTRIB_CATALOG}, else the bundled one. */
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
            if (loadedCatalogs == null) {
                loaded = loader.load(file);
            } else {
                Path chosen = file;
                loaded = loadedCatalogs.computeIfAbsent(cacheKey(chosen), key -> loader.load(chosen));
            }
        }
        return loaded;
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

    /** Whether a command may ask questions: a person at a terminal who did not turn prompts off (gh's CanPrompt). */
    public boolean canPrompt() {
        return io.terminal() && !noInput();
    }

    /** Standard input: what the accessible prompter and a piped shell read. */
    public InputStream stdin() {
        return stdin != null ? stdin : System.in;
    }

    public Context stdin(InputStream stdin) {
        this.stdin = stdin;
        return this;
    }

    /**
     * The prompter someone replaced the terminal one with (a test's scripted answers, the shell's terminal), or
     * null when the command should build the one that fits the terminal.
     */
    public Prompter replacedPrompter() {
        return prompter;
    }

    public Context prompter(Prompter prompter) {
        this.prompter = prompter;
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

    public Clock clock() {
        return clock != null ? clock : Clock.systemUTC();
    }

    public Context clock(Clock clock) {
        this.clock = clock;
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
