package dev.cncfcontrib.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.JsonTree.Node;
import dev.cncfcontrib.catalog.JsonTree.ObjectNode;
import dev.cncfcontrib.catalog.JsonTree.ValueNode;
import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.text.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The updated catalog in the user's data directory ({@code $XDG_DATA_HOME/cncf-contrib/}, by default
 * {@code ~/.local/share/cncf-contrib/}): {@code catalog.json}, the one it replaced ({@code catalog.json.previous}),
 * where it came from ({@code catalog.json.source}: URL, ETag, Last-Modified, date), which makes the next
 * update a conditional request, and a compiled copy ({@code catalog.json.compiled}, see {@link CompiledCatalog})
 * that every start reads instead of parsing the JSON, for as long as it was compiled from the JSON that is there.
 */
public final class CatalogStore {

    /** Where the catalog was downloaded from, and the validators the server gave for it. */
    public record Origin(String source, String etag, String lastModified, String fetched) {
    }

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
        return dir.resolve("catalog.json");
    }

    public Path previousFile() {
        return dir.resolve("catalog.json.previous");
    }

    public Path originFile() {
        return dir.resolve("catalog.json.source");
    }

    /**
     * The size and modification time of the catalog.json it was compiled from (16 bytes), then
     * {@link CompiledCatalog}'s bytes. A stamp from the file's attributes costs one stat; hashing the JSON cost
     * more than the copy saved, since a cold JVM computes SHA-256 slowly.
     */
    public Path compiledFile() {
        return dir.resolve("catalog.json.compiled");
    }

    public boolean hasCatalog() {
        return Files.isRegularFile(catalogFile());
    }

    /** Where the stored catalog came from; null when unknown or unreadable (the next update is then unconditional). */
    public Origin origin() {
        Path file = originFile();
        if (!hasCatalog() || !Files.isRegularFile(file)) {
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
     * Installs {@code catalog}: the current file is first kept as {@code catalog.json.previous}; each file is
     * replaced atomically, so a crash leaves either catalog whole.
     */
    public void install(byte[] catalog, Catalog parsed, Origin origin) throws IOException {
        if (hasCatalog()) {
            AtomicFiles.write(previousFile(), Files.readAllBytes(catalogFile()));
        }
        AtomicFiles.write(catalogFile(), catalog);
        AtomicFiles.write(originFile(), originJson(origin));
        byte[] compiled = CompiledCatalog.encode(parsed);
        ByteBuffer stamped = ByteBuffer.allocate(STAMP_BYTES + compiled.length);
        stamped.put(stamp(catalogFile())).put(compiled);
        AtomicFiles.write(compiledFile(), stamped.array());
    }

    /**
     * Reads the stored catalog: from its compiled copy when that was made from the catalog.json that is there
     * (same size and modification time), else (no copy, an older or damaged one, a catalog.json edited by hand) by
     * parsing the JSON, which stays the truth.
     */
    public Catalog read(CatalogReader reader) throws IOException {
        Path file = catalogFile();
        Path compiled = compiledFile();
        if (Files.isRegularFile(compiled) && Files.size(compiled) <= CatalogReader.MAX_BYTES) {
            byte[] stamped = Files.readAllBytes(compiled);
            if (stamped.length > STAMP_BYTES && Arrays.equals(stamped, 0, STAMP_BYTES, stamp(file), 0, STAMP_BYTES)) {
                try {
                    return CompiledCatalog.decode(Arrays.copyOfRange(stamped, STAMP_BYTES, stamped.length), compiled.toString());
                } catch (CatalogException damaged) {
                    // the JSON below says the same, more slowly
                }
            }
        }
        return reader.read(file);
    }

    private static final int STAMP_BYTES = 16;

    private static byte[] stamp(Path file) throws IOException {
        return ByteBuffer.allocate(STAMP_BYTES).putLong(Files.size(file))
                .putLong(Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS)).array();
    }

    private static byte[] originJson(Origin origin) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonOutput.generator(text)) {
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
