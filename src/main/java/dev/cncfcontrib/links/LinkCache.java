package dev.cncfcontrib.links;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cncfcontrib.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of the last link checks, in {@code links.json} of the user's cache directory, so that {@code show}
 * can mark a link found broken. Each URL keeps the date of its own last check: checking one project does not
 * forget the others. Read with Jackson's streaming parser because {@code show} reads it on every start; a file
 * that is missing, too large or unreadable is treated as empty (it is only a cache).
 */
public final class LinkCache {

    /** The file name inside the cache directory. */
    public static final String FILE_NAME = "links.json";

    /** Thousands of links take a few hundred kB; anything far larger is not ours. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * One URL's last verdict and when it was reached.
     *
     * @param checkedAt an ISO-8601 instant in UTC, kept as text: {@code show} needs only its date, and parsing
     *                  it would load the java.time formatting classes on every start
     */
    public record Entry(LinkResult result, String checkedAt) {

        /** The day of the check, such as "2026-11-21". */
        public String date() {
            return checkedAt.substring(0, 10);
        }
    }

    private LinkCache() {
    }

    /** The cached results by URL; empty when there is no usable cache. */
    public static Map<String, Entry> read(Path file) {
        // java.io rather than Files.newInputStream: the NIO channel classes are not otherwise loaded by `show`
        File cache = file.toFile();
        if (!cache.isFile() || cache.length() > MAX_BYTES) {
            return Map.of();
        }
        try (InputStream in = new FileInputStream(cache); JsonParser parser = FACTORY.createParser(in)) {
            return parse(parser);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a damaged cache must not break `show`; the next `links` run rewrites it
        }
    }

    private static Map<String, Entry> parse(JsonParser parser) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return entries;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("version") && parser.getValueAsInt(0) != VERSION) {
                return Map.of(); // a layout written by another version: ignore rather than misread
            }
            if (field.equals("links") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    Entry entry = entry(parser);
                    if (entry != null) {
                        entries.put(entry.result().url(), entry);
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return entries;
    }

    private static Entry entry(JsonParser parser) throws IOException {
        String url = null;
        LinkStatus status = null;
        int httpStatus = 0;
        String finalUrl = null;
        String detail = null;
        String checkedAt = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "url" -> url = parser.getValueAsString();
                case "status" -> status = statusOf(parser.getValueAsString());
                case "httpStatus" -> httpStatus = parser.getValueAsInt(0);
                case "finalUrl" -> finalUrl = parser.getValueAsString();
                case "detail" -> detail = parser.getValueAsString();
                case "checkedAt" -> checkedAt = utcInstant(parser.getValueAsString());
                default -> parser.skipChildren();
            }
        }
        if (url == null || status == null || checkedAt == null) {
            return null;
        }
        return new Entry(new LinkResult(url, status, httpStatus, finalUrl, detail), checkedAt);
    }

    private static LinkStatus statusOf(String id) {
        for (LinkStatus status : LinkStatus.values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        return null;
    }

    /** The text when it looks like what {@link Instant#toString()} writes ("2026-11-21T10:00:00Z"), else null. */
    private static String utcInstant(String text) {
        if (text == null || text.length() < 20 || text.charAt(10) != 'T' || !text.endsWith("Z")) {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        return text.charAt(4) == '-' && text.charAt(7) == '-' ? text : null;
    }

    /** The earlier entries with {@code results} (checked at {@code now}) replacing those of the same URL. */
    public static Map<String, Entry> merge(Map<String, Entry> earlier, Collection<LinkResult> results, Instant now) {
        Map<String, Entry> merged = new LinkedHashMap<>(earlier);
        for (LinkResult result : results) {
            merged.put(result.url(), new Entry(result, now.toString()));
        }
        return merged;
    }

    /** Replaces the cache file atomically. */
    public static void write(Path file, Map<String, Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("links");
            for (Entry entry : entries.values()) {
                LinkResult result = entry.result();
                json.writeStartObject();
                json.writeStringField("url", result.url());
                result.writeVerdict(json);
                json.writeStringField("checkedAt", entry.checkedAt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
