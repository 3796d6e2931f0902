package dev.cncfcontrib.links;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cncfcontrib.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
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

    /** One URL's last verdict and when it was reached. */
    public record Entry(LinkResult result, Instant checkedAt) {
    }

    private LinkCache() {
    }

    /** The cached results by URL; empty when there is no usable cache. */
    public static Map<String, Entry> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
            try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
                return parse(parser);
            }
        } catch (NoSuchFileException e) {
            return Map.of();
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
        Instant checkedAt = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "url" -> url = parser.getValueAsString();
                case "status" -> status = statusOf(parser.getValueAsString());
                case "httpStatus" -> httpStatus = parser.getValueAsInt(0);
                case "finalUrl" -> finalUrl = parser.getValueAsString();
                case "detail" -> detail = parser.getValueAsString();
                case "checkedAt" -> checkedAt = instantOf(parser.getValueAsString());
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

    private static Instant instantOf(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The earlier entries with {@code results} (checked at {@code now}) replacing those of the same URL. */
    public static Map<String, Entry> merge(Map<String, Entry> earlier, Collection<LinkResult> results, Instant now) {
        Map<String, Entry> merged = new LinkedHashMap<>(earlier);
        for (LinkResult result : results) {
            merged.put(result.url(), new Entry(result, now));
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
                json.writeStringField("status", result.status().id());
                if (result.httpStatus() != 0) {
                    json.writeNumberField("httpStatus", result.httpStatus());
                }
                if (result.finalUrl() != null) {
                    json.writeStringField("finalUrl", result.finalUrl());
                }
                if (result.detail() != null) {
                    json.writeStringField("detail", result.detail());
                }
                json.writeStringField("checkedAt", entry.checkedAt().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
