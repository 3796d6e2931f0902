package dev.cncfcontrib.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cncfcontrib.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The answers of CLOTributor and GitHub, one file per URL in {@code $XDG_CACHE_HOME/cncf-contrib/answers/}, each
 * with the time it was fetched and the validators for the next conditional request. A file is a line of JSON
 * (URL, time, validators, the headers worth keeping) followed by the body as the server sent it. It is only a
 * cache: a file that is missing, too large or unreadable is no entry, and one that cannot be written is skipped.
 */
public final class AnswerCache {

    /** The answers are capped smaller than this; anything larger in the directory is not ours. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** Entries not refreshed for this long are removed when another is written. */
    static final long KEEP_MILLIS = TimeUnit.DAYS.toMillis(30);

    private static final JsonFactory FACTORY = new JsonFactory();

    /** One cached answer; {@code fetchedMillis} is when the server last confirmed it (a 304 counts). */
    public record Entry(String url, long fetchedMillis, String etag, String lastModified, Map<String, String> headers, byte[] body) {

        public Entry {
            headers = Map.copyOf(headers);
        }

        Entry confirmedAt(long millis) {
            return new Entry(url, millis, etag, lastModified, headers, body);
        }
    }

    private final Path dir;

    /** @param dir the directory of the answers; null for no cache at all (no HOME) */
    public AnswerCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The entry for {@code url}, or null. */
    public Entry read(String url) {
        if (dir == null) {
            return null;
        }
        // java.io, as LinkCache does: the NIO channel classes are not otherwise loaded by a cached answer
        File file = dir.resolve(fileName(url)).toFile();
        if (!file.isFile() || file.length() > MAX_FILE_BYTES) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = new FileInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES);
        } catch (IOException e) {
            return null;
        }
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(bytes, 0, newline)) {
            Entry header = readHeader(parser);
            if (header == null || !url.equals(header.url())) {
                return null; // another URL with the same hash, or a damaged file
            }
            return new Entry(header.url(), header.fetchedMillis(), header.etag(), header.lastModified(), header.headers(),
                    Arrays.copyOfRange(bytes, newline + 1, bytes.length));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Entry readHeader(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String url = null;
        long fetched = -1;
        String etag = null;
        String lastModified = null;
        Map<String, String> headers = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "url" -> url = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "fetched" -> fetched = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                case "etag" -> etag = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "lastModified" -> lastModified = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "headers" -> {
                    if (value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        if (parser.nextToken() != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        headers.put(name, parser.getText());
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return url == null || fetched < 0 ? null : new Entry(url, fetched, etag, lastModified, headers, null);
    }

    /** Stores {@code entry}, replacing the file atomically; false when it could not be written (nothing else happens). */
    public boolean write(Entry entry) {
        if (dir == null) {
            return false;
        }
        Path file = dir.resolve(fileName(entry.url()));
        // only a regular file (or none) is replaced: a link or a directory planted there is left alone
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(entry.body().length + 512);
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("url", entry.url());
                json.writeNumberField("fetched", entry.fetchedMillis());
                if (entry.etag() != null) {
                    json.writeStringField("etag", entry.etag());
                }
                if (entry.lastModified() != null) {
                    json.writeStringField("lastModified", entry.lastModified());
                }
                json.writeObjectFieldStart("headers");
                for (Map.Entry<String, String> header : entry.headers().entrySet()) {
                    json.writeStringField(header.getKey(), header.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            out.write('\n');
            out.write(entry.body());
            AtomicFiles.write(file, out.toByteArray());
            removeOldEntries(entry.fetchedMillis());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void removeOldEntries(long now) {
        File[] files = dir.toFile().listFiles((parent, name) -> name.endsWith(SUFFIX));
        if (files == null) {
            return;
        }
        for (File file : files) {
            if (file.isFile() && now - file.lastModified() > KEEP_MILLIS) {
                file.delete();
            }
        }
    }

    private static final String SUFFIX = ".answer";

    /**
     * A 64-bit FNV-1a hash of the URL names its file: short, and cheap at start-up where a cold JVM's SHA-256 is
     * not. A collision costs nothing but a miss, since the file holds its URL.
     */
    static String fileName(String url) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex + SUFFIX;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
