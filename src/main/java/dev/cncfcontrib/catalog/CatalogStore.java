package dev.cncfcontrib.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.JsonTree.Node;
import dev.cncfcontrib.catalog.JsonTree.ObjectNode;
import dev.cncfcontrib.catalog.JsonTree.ValueNode;
import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.files.ExclusiveLock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The updated catalog in the user's data directory ({@code $XDG_DATA_HOME/cncf-contrib/}, by default
 * {@code ~/.local/share/cncf-contrib/}): {@code catalog.json}, the one it replaced ({@code catalog.json.previous}),
 * where it came from ({@code catalog.json.source}: URL, ETag, Last-Modified, date), which makes the next
 * update a conditional request, and a compiled copy ({@code catalog.json.compiled}, see {@link CompiledCatalog})
 * that every start reads instead of parsing the JSON, for as long as it was compiled from the JSON beside it.
 *
 * <p>The four files of one installation live together in a directory of their own, {@code versions/<id>/}, and
 * {@code current} is a symbolic link to the one in use; {@code catalog.json} and the other names are links
 * through {@code current}. An update ({@link #lock()}, then {@link Update#install}) prepares a new directory
 * completely, then switches {@code current} with one rename: whatever fails before that leaves the catalog in use
 * untouched, and nothing can fail after it. Readers resolve {@code catalog.json} once and read the compiled
 * copy and the source note from the same directory, so a compiled copy never pairs with another JSON, even
 * while an update runs. Updates take an exclusive lock on {@code catalog.lock}, so two at once run one after
 * the other. A data directory from before this layout (plain files) is taken over by the next update.
 */
public final class CatalogStore {

    /** Where the catalog was downloaded from, and the validators the server gave for it. */
    public record Origin(String source, String etag, String lastModified, String fetched) {
    }

    /** The installed catalog as read, and the JSON file it was read from (in its version's directory). */
    public record Snapshot(Catalog catalog, Path json) {
    }

    static final String CATALOG = "catalog.json";
    static final String PREVIOUS = "catalog.json.previous";
    static final String SOURCE = "catalog.json.source";
    static final String COMPILED = "catalog.json.compiled";
    private static final String CURRENT = "current";
    private static final String VERSIONS = "versions";
    private static final String LOCK = "catalog.lock";

    private final Path dir;

    public CatalogStore(Path dir) {
        this.dir = dir;
    }

    /**
     * The data directory the XDG Base Directory rules give for these variables (a relative XDG_DATA_HOME is
     * ignored, as the specification says), or null when neither it nor HOME is set.
     */
    public static CatalogStore fromEnvironment(String xdg, String home) {
        try {
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return new CatalogStore(Path.of(xdg, "cncf-contrib"));
            }
            if (home != null && !home.isBlank()) {
                return new CatalogStore(Path.of(home, ".local", "share", "cncf-contrib"));
            }
        } catch (InvalidPathException e) {
            // an unusable directory name: behave as if there were none
        }
        return null;
    }

    public Path dir() {
        return dir;
    }

    public Path catalogFile() {
        return dir.resolve(CATALOG);
    }

    public Path previousFile() {
        return dir.resolve(PREVIOUS);
    }

    public Path originFile() {
        return dir.resolve(SOURCE);
    }

    /**
     * The size and modification time of the catalog.json it was compiled from (16 bytes), then
     * {@link CompiledCatalog}'s bytes. A stamp from the file's attributes costs one stat; hashing the JSON cost
     * more than the copy saved, since a cold JVM computes SHA-256 slowly. The stamp only has to catch a
     * catalog.json edited by hand: the copy is always made from the JSON in its own directory.
     */
    public Path compiledFile() {
        return dir.resolve(COMPILED);
    }

    public boolean hasCatalog() {
        return Files.isRegularFile(catalogFile());
    }

    /** Where the catalog in use came from; null when unknown or unreadable (the next update is then unconditional). */
    public Origin origin() {
        try {
            return origin(catalogFile().toRealPath());
        } catch (IOException e) {
            return null;
        }
    }

    /** Where the catalog read from {@code json} (a {@link Snapshot#json()}) came from: the note beside it. */
    public Origin origin(Path json) {
        Path file = json.resolveSibling(SOURCE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Node root = JsonTree.parse(new BoundedInputStream(in, 64 * 1024, file.toString()), file.toString());
            if (root instanceof ObjectNode object) {
                return new Origin(text(object, "source"), text(object, "etag"), text(object, "lastModified"), text(object, "fetched"));
            }
        } catch (IOException | CatalogException e) {
            // a damaged note costs one full download, nothing more
        }
        return null;
    }

    private static String text(ObjectNode object, String key) {
        return object.fields().get(key) instanceof ValueNode value && value.value() instanceof String text ? text : null;
    }

    /**
     * Reads the catalog in use: from its compiled copy when that was made from the catalog.json beside it and that
     * file is unchanged (same size and modification time), else (no copy, a damaged one, a catalog.json edited by
     * hand) by parsing the JSON, which stays the truth.
     */
    public Snapshot read(CatalogReader reader) throws IOException {
        try {
            return readOnce(reader);
        } catch (NoSuchFileException removed) {
            // the directory resolved a moment ago was cleared away by an update that has just finished: two
            // updates went by since; the one in use now is whole
            return readOnce(reader);
        }
    }

    private Snapshot readOnce(CatalogReader reader) throws IOException {
        // one resolution: the JSON and its compiled copy come from the same directory even if current moves now
        Path json = catalogFile().toRealPath();
        Path compiled = json.resolveSibling(COMPILED);
        if (Files.isRegularFile(compiled) && Files.size(compiled) <= CatalogReader.MAX_BYTES) {
            byte[] stamped = Files.readAllBytes(compiled);
            if (stamped.length > STAMP_BYTES && Arrays.equals(stamped, 0, STAMP_BYTES, stamp(json), 0, STAMP_BYTES)) {
                try {
                    return new Snapshot(CompiledCatalog.decode(Arrays.copyOfRange(stamped, STAMP_BYTES, stamped.length), compiled.toString()), json);
                } catch (CatalogException damaged) {
                    // the JSON below says the same, more slowly
                }
            }
        }
        if (Files.size(json) > CatalogReader.MAX_BYTES) {
            throw InputFiles.tooLarge(catalogFile().toString(), CatalogReader.MAX_BYTES, CatalogReader.KIND);
        }
        byte[] bytes = Files.readAllBytes(json);
        return new Snapshot(reader.read(new ByteArrayInputStream(bytes), catalogFile().toString()), json);
    }

    private static final int STAMP_BYTES = 16;

    private static byte[] stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return ByteBuffer.allocate(STAMP_BYTES).putLong(attributes.size())
                .putLong(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)).array();
    }

    /**
     * Takes the store's lock for an update: another {@code catalog update} holding it is waited for
     * ({@code onWait} is told first). Everything the update reads to decide (the source note for a conditional
     * request, the catalog it replaces) should be read under it.
     */
    public Update lock(Runnable onWait) throws IOException {
        Files.createDirectories(dir);
        return new Update(ExclusiveLock.acquire(dir.resolve(LOCK), onWait));
    }

    /** An update in progress, holding the store's lock until closed. */
    public final class Update implements AutoCloseable {

        private final ExclusiveLock lock;

        private Update(ExclusiveLock lock) {
            this.lock = lock;
        }

        /**
         * Installs {@code catalog} as one transaction: a new directory gets the catalog, its source note, its
         * compiled copy and the catalog it replaces, each written and synced; then {@code current} is switched to
         * it with one rename. An {@link IOException} means nothing changed: the catalog in use is the one before.
         */
        public void install(byte[] catalog, Catalog parsed, Origin origin) throws IOException {
            checkNames();
            Path versions = Files.createDirectories(dir.resolve(VERSIONS));
            Path version = Files.createTempDirectory(versions, "v");
            Path replaced = currentVersion();
            try {
                if (hasCatalog()) {
                    // the catalog.json in use, whichever layout it is in: what 'catalog diff' compares against
                    AtomicFiles.write(version.resolve(PREVIOUS), Files.readAllBytes(catalogFile()));
                }
                AtomicFiles.write(version.resolve(CATALOG), catalog);
                AtomicFiles.write(version.resolve(SOURCE), originJson(origin));
                byte[] compiled = CompiledCatalog.encode(parsed);
                AtomicFiles.write(version.resolve(COMPILED), ByteBuffer.allocate(STAMP_BYTES + compiled.length)
                        .put(stamp(version.resolve(CATALOG))).put(compiled).array());
                link(dir.resolve(CURRENT), dir.relativize(version));
            } catch (IOException | RuntimeException e) {
                deleteTree(version);
                throw e;
            }
            // From here on the new catalog is in use, for a store in this layout; a store of plain files still
            // reads its own catalog.json until that becomes a link, which is then the switch. The other names
            // only serve people who open the files: failing to make them fails nothing.
            for (String name : List.of(CATALOG, SOURCE, PREVIOUS, COMPILED)) {
                if (!Files.exists(version.resolve(name))) {
                    continue; // no previous catalog on a first update
                }
                Path target = Path.of(CURRENT, name);
                Path path = dir.resolve(name);
                if (!Files.isSymbolicLink(path) || !Files.readSymbolicLink(path).equals(target)) {
                    try {
                        link(path, target);
                    } catch (IOException e) {
                        if (name.equals(CATALOG)) {
                            throw e;
                        }
                    }
                }
            }
            removeOtherVersions(version, replaced);
        }

        /**
         * Everything that would stop the switch, found before anything is written: a directory (or a FIFO...) where
         * a name must become a link.
         */
        private void checkNames() throws IOException {
            for (String name : List.of(CURRENT, CATALOG, SOURCE, PREVIOUS, COMPILED)) {
                Path path = dir.resolve(name);
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!attributes.isSymbolicLink() && !attributes.isRegularFile()) {
                        throw new FileSystemException(path.toString(), null, "in the way: neither a file nor a link; move it away");
                    }
                } catch (NoSuchFileException absent) {
                    // made below
                }
            }
        }

        /** The version directory {@code current} points at, or null. */
        private Path currentVersion() {
            try {
                return dir.resolve(CURRENT).toRealPath();
            } catch (IOException e) {
                return null;
            }
        }

        /** Earlier installations, except the one just replaced: a reader may still be reading it. */
        private void removeOtherVersions(Path kept, Path replaced) {
            try (DirectoryStream<Path> all = Files.newDirectoryStream(dir.resolve(VERSIONS))) {
                for (Path version : all) {
                    Path real = version.toRealPath(LinkOption.NOFOLLOW_LINKS);
                    if (!real.equals(kept.toRealPath()) && !real.equals(replaced)) {
                        deleteTree(version);
                    }
                }
            } catch (IOException e) {
                // a leftover directory costs some disk space, and the next update tries again
            }
        }

        @Override
        public void close() throws IOException {
            lock.close();
        }
    }

    /** Makes {@code path} a symbolic link to {@code target}, replacing what is there with one rename. */
    private static void link(Path path, Path target) throws IOException {
        Path temporary = path.resolveSibling("." + path.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".link");
        Files.createSymbolicLink(temporary, target);
        try {
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.syncDirectory(path.getParent());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // what cannot be removed now is removed by the next update
        }
    }

    private static byte[] originJson(Origin origin) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = dev.cncfcontrib.text.JsonOutput.generator(text)) {
            json.writeStartObject();
            write(json, "source", origin.source());
            write(json, "etag", origin.etag());
            write(json, "lastModified", origin.lastModified());
            write(json, "fetched", origin.fetched());
            json.writeEndObject();
        }
        text.append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
