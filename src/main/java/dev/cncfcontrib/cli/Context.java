package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.catalog.CatalogStore;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.net.HttpClients;
import dev.cncfcontrib.net.Network;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands need from the outside world, built once by the composition root ({@link dev.cncfcontrib.App}):
 * the I/O streams, the environment and the catalog. Expensive parts are loaded on first use, so that
 * {@code --help} never reads the catalog. The global options set {@link #catalogFile} and {@link #verbose}.
 */
public final class Context {

    /** Names another catalog file, like {@code --catalog}. */
    public static final String CATALOG_ENV = "CNCF_CONTRIB_CATALOG";

    private final Io io;
    private final Map<String, String> env;
    private final CatalogLoader loader;
    private Path catalogFile;
    private boolean verbose;
    private CatalogLoader.Loaded loaded;
    private GitRunner git;
    private Confirm confirm;
    private Network network;
    private HttpClients http;
    private Clock clock;

    public Context(Io io, Map<String, String> env, CatalogLoader loader) {
        this.io = io;
        this.env = Map.copyOf(env);
        this.loader = loader;
    }

    public Io io() {
        return io;
    }

    public String env(String name) {
        return env.get(name);
    }

    /** Runs git with this context's environment (tests give it a HOME of their own and no system config). */
    public GitRunner git() {
        if (git == null) {
            git = new GitRunner(env);
        }
        return git;
    }

    /** Asks yes/no questions on the terminal; tests replace it with {@link #confirm(Confirm)}. */
    public Confirm confirm() {
        if (confirm == null) {
            confirm = Confirm.reading(io, Confirm::standardInput);
        }
        return confirm;
    }

    /** Replaces how questions are answered (scripted answers in tests, a prompter in the wizard). */
    public Context confirm(Confirm replacement) {
        this.confirm = replacement;
        return this;
    }

    /** The working directory the program was started in. */
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
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

    /** The HTTP clients, built on first use: commands that never go online never load the HTTP library. */
    public HttpClients http() {
        if (http == null) {
            http = new HttpClients();
        }
        return http;
    }

    /** For tests: clients with short timeouts. */
    public void http(HttpClients clients) {
        this.http = clients;
    }

    /** The clock, created on first use: time-zone data is not loaded by commands that never ask the time. */
    public Clock clock() {
        if (clock == null) {
            clock = Clock.systemDefaultZone();
        }
        return clock;
    }

    /** For tests: a fixed date. */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    /**
     * The catalog in use: {@code --catalog}, else {@code $CNCF_CONTRIB_CATALOG}, else the one {@code catalog update}
     * installed in the data directory, else the bundled one.
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
            loaded = loader.load(file, file == null ? catalogStore() : null);
        }
        return loaded;
    }
}
