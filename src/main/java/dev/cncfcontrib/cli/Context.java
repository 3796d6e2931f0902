package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.catalog.CatalogStore;
import dev.cncfcontrib.net.HttpClients;
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
    private HttpClients http;
    private Clock clock = Clock.systemDefaultZone();

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

    public Clock clock() {
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
