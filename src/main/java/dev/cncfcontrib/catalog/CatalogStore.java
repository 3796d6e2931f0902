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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

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

    /** The SHA-256 of the catalog.json it was compiled from, then {@link CompiledCatalog}'s bytes. */
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
        byte[] stamped = Arrays.copyOf(sha256(catalog), 32 + compiled.length);
        System.arraycopy(compiled, 0, stamped, 32, compiled.length);
        AtomicFiles.write(compiledFile(), stamped);
    }

    /**
     * Reads the stored catalog: from its compiled copy when that was made from these very bytes, else (no copy,
     * an older or damaged one, a catalog.json edited by hand) by parsing the JSON, which stays the truth.
     */
    public Catalog read(CatalogReader reader) throws IOException {
        Path file = catalogFile();
        byte[] json = Files.size(file) > CatalogReader.MAX_BYTES ? null : Files.readAllBytes(file);
        Path compiled = compiledFile();
        if (json != null && Files.isRegularFile(compiled) && Files.size(compiled) <= CatalogReader.MAX_BYTES) {
            byte[] stamped = Files.readAllBytes(compiled);
            if (stamped.length > 32 && Arrays.equals(stamped, 0, 32, sha256(json), 0, 32)) {
                try {
                    return CompiledCatalog.decode(Arrays.copyOfRange(stamped, 32, stamped.length), compiled.toString());
                } catch (CatalogException damaged) {
                    // the JSON below says the same, more slowly
                }
            }
        }
        return reader.read(file);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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
