package dev.cncfcontrib.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Loads the catalog in use: a file the person named, else the updated one in the data directory, else the bundled one.
 * An updated catalog that carries older verified facts than this version's bundled one (an update made before an
 * upgrade) gives way to the bundled one, with a notice: the facts are what people trust this tool for, and a landscape
 * a few weeks newer is worth less than a corrected legal requirement.
 */
public final class CatalogLoader {

    static final String BUNDLED_RESOURCE = "/data/catalog.json";
    static final String BUNDLED_OVERLAY = "/data/overlay.json";
    /** The same catalog, pre-digested by the build (see {@link CompiledCatalog}). */
    static final String BUNDLED_COMPILED = "/data/catalog.bin";

    /** Which catalog is in use. */
    public enum Kind {
        /** Named with --catalog or $CNCF_CONTRIB_CATALOG. */
        FILE,
        /** Written by {@code catalog update} into the data directory. */
        UPDATED,
        /** Shipped inside the jar. */
        BUNDLED
    }

    /**
     * A catalog and where it came from, for messages and {@code catalog info}; {@code file} is null when bundled.
     * {@code read} is the file the catalog was read from: for an updated catalog, the JSON that
     * {@code catalog.json} led to at that moment, which {@code catalog info} describes even if an update runs now.
     */
    public record Loaded(Catalog catalog, String origin, Kind kind, Path file, Path read, String notice) {

        public Loaded(Catalog catalog, String origin) {
            this(catalog, origin, Kind.FILE, null, null, null);
        }
    }

    private final CatalogReader reader = new CatalogReader();

    /** Reads {@code file} when given, else the bundled catalog. */
    public Loaded load(Path file) {
        return load(file, null);
    }

    /** Reads {@code file} when given, else the catalog {@code store} holds (if any), else the bundled catalog. */
    public Loaded load(Path file, CatalogStore store) {
        if (file != null) {
            return new Loaded(reader.read(file), file.toString(), Kind.FILE, file, file, null);
        }
        if (store != null && store.hasCatalog()) {
            Path updated = store.catalogFile();
            CatalogStore.Snapshot snapshot;
            try {
                snapshot = store.read(reader);
            } catch (IOException e) {
                throw new CatalogException(updated.toString(), "cannot read: " + e.getMessage(), e);
            }
            String installedFacts = snapshot.catalog().factsDate();
            if (installedFacts != null) {
                Catalog bundled = bundled();
                String bundledFacts = bundled.factsDate();
                if (bundledFacts != null && installedFacts.compareTo(bundledFacts) < 0) {
                    return new Loaded(bundled, "bundled catalog", Kind.BUNDLED, null, null, "the catalog installed by"
                            + " 'catalog update' (" + updated + ") has verified facts as of " + installedFacts
                            + ", older than this version's (" + bundledFacts + "), so the bundled catalog is used; run"
                            + " 'cncf-contrib catalog update' to combine the newer facts with the latest landscape");
                }
            }
            return new Loaded(snapshot.catalog(), updated.toString(), Kind.UPDATED, updated, snapshot.json(), null);
        }
        return new Loaded(bundled(), "bundled catalog", Kind.BUNDLED, null, null, null);
    }

    /** The bytes of the catalog in the jar, for checksums and comparisons. */
    public byte[] bundledBytes() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new CatalogException("bundled catalog", 0, 0, "missing from the jar; rebuild with 'mvn package'");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogException("bundled catalog", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The curated overlay the bundled catalog was generated with; {@code catalog update} applies it too. */
    public Overlay bundledOverlay() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUNDLED_OVERLAY)) {
            if (in == null) {
                throw new CatalogException("bundled overlay", 0, 0, "missing from the jar; rebuild with 'mvn package'");
            }
            return reader.readOverlay(in, "bundled overlay");
        } catch (IOException e) {
            throw new CatalogException("bundled overlay", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The bundled catalog, from its compiled form; from the JSON when a build without that step made the classes. */
    public Catalog bundled() {
        try (InputStream compiled = CatalogLoader.class.getResourceAsStream(BUNDLED_COMPILED)) {
            if (compiled != null) {
                return CompiledCatalog.decode(compiled.readAllBytes(), "bundled catalog");
            }
        } catch (IOException e) {
            throw new CatalogException("bundled catalog", "cannot read: " + e.getMessage(), e);
        }
        return bundledFromJson();
    }

    /** The bundled catalog read from its JSON: what the compiled form must equal. */
    public Catalog bundledFromJson() {
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
