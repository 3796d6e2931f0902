package dev.cncfcontrib.live;

import dev.cncfcontrib.files.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The answers of CLOTributor and GitHub, one file per URL in {@code $XDG_CACHE_HOME/cncf-contrib/answers/}, each
 * with the time it was fetched, the validators for the next conditional request, the headers worth keeping, the
 * body as the server sent it and, where the caller has one, the answer pre-digested ({@link CachedGet.Digest}). A
 * small binary layout, read without a JSON parser. It is only a cache: a file that is missing, too large or
 * unreadable is no entry, and one that cannot be written is skipped.
 */
public final class AnswerCache {

    /** The answers are capped smaller than this; anything larger in the directory is not ours. */
    static final long MAX_FILE_BYTES = 12L * 1024 * 1024;

    /** Entries not refreshed for this long are removed when another is written. */
    static final long KEEP_MILLIS = TimeUnit.DAYS.toMillis(30);

    private static final int MAGIC = 0x43434131; // "CCA1"
    private static final String SUFFIX = ".answer";

    /**
     * One cached answer; {@code fetchedMillis} is when the server last confirmed it (a 304 counts); {@code digest}
     * is null when there is none.
     */
    public record Entry(String url, long fetchedMillis, String etag, String lastModified, Map<String, String> headers, byte[] body,
                        byte[] digest) {

        public Entry {
            headers = Map.copyOf(headers);
        }

        Entry confirmedAt(long millis) {
            return new Entry(url, millis, etag, lastModified, headers, body, digest);
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
        try (InputStream stream = new FileInputStream(file)) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream.readNBytes((int) MAX_FILE_BYTES)));
            if (in.readInt() != MAGIC) {
                return null;
            }
            String stored = in.readUTF();
            if (!url.equals(stored)) {
                return null; // another URL with the same hash
            }
            long fetched = in.readLong();
            String etag = optional(in.readUTF());
            String lastModified = optional(in.readUTF());
            int count = in.readUnsignedShort();
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                headers.put(in.readUTF(), in.readUTF());
            }
            byte[] body = bytes(in);
            byte[] digest = in.readBoolean() ? bytes(in) : null;
            return body == null ? null : new Entry(stored, fetched, etag, lastModified, headers, body, digest);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    private static String optional(String text) {
        return text.isEmpty() ? null : text;
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            return null;
        }
        return in.readNBytes(length);
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
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.body().length
                    + (entry.digest() == null ? 0 : entry.digest().length) + 512);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(entry.url());
                out.writeLong(entry.fetchedMillis());
                out.writeUTF(entry.etag() == null ? "" : entry.etag());
                out.writeUTF(entry.lastModified() == null ? "" : entry.lastModified());
                out.writeShort(entry.headers().size());
                for (Map.Entry<String, String> header : entry.headers().entrySet()) {
                    out.writeUTF(header.getKey());
                    out.writeUTF(header.getValue());
                }
                out.writeInt(entry.body().length);
                out.write(entry.body());
                out.writeBoolean(entry.digest() != null);
                if (entry.digest() != null) {
                    out.writeInt(entry.digest().length);
                    out.write(entry.digest());
                }
            }
            AtomicFiles.writeUnsynced(file, bytes.toByteArray());
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
}
