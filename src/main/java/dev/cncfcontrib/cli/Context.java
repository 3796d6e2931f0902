package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.CatalogLoader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
            loaded = loader.load(file);
        }
        return loaded;
    }
}
