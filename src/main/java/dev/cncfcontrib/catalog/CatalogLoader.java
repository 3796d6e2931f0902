package dev.cncfcontrib.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Loads the catalog in use: a file the person named, or the one bundled in the jar. */
public final class CatalogLoader {

    static final String BUNDLED_RESOURCE = "/data/catalog.json";

    /** A catalog and where it came from, for messages and {@code catalog info}. */
    public record Loaded(Catalog catalog, String origin) {
    }

    private final CatalogReader reader = new CatalogReader();

    /** Reads {@code file} when given, else the bundled catalog. */
    public Loaded load(Path file) {
        if (file != null) {
            return new Loaded(reader.read(file), file.toString());
        }
        return new Loaded(bundled(), "bundled catalog");
    }

    public Catalog bundled() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new CatalogException("bundled catalog", 0, 0, "missing from the jar; rebuild with 'mvn package'");
            }
            return reader.read(in, "bundled catalog");
        } catch (IOException e) {
            throw new CatalogException("bundled catalog", "cannot read: " + e.getMessage(), e);
        }
    }
}
