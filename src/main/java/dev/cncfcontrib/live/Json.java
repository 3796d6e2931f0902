package dev.cncfcontrib.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON answer into plain maps, lists, strings, numbers and booleans with Jackson's streaming parser (not
 * databind, whose start-up costs more than a cached {@code issues} takes), and reads fields leniently: a field of the
 * wrong type is absent. Services add fields over time; only the ones used are looked at.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int MAX_DEPTH = 64;

    private Json() {
    }

    /** @throws LiveException of kind BAD_DATA when the bytes are not one JSON document */
    static Object parse(byte[] body, String origin) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new LiveException(LiveException.Kind.BAD_DATA, origin + " answered with an empty body");
            }
            Object value = read(parser, 0, origin);
            if (parser.nextToken() != null) {
                throw new LiveException(LiveException.Kind.BAD_DATA, origin + " answered with more than one JSON document");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new LiveException(LiveException.Kind.BAD_DATA, origin + " answered with malformed JSON ("
                    + firstLine(e.getOriginalMessage()) + ")", e);
        } catch (IOException e) {
            throw new LiveException(LiveException.Kind.BAD_DATA, origin + ": cannot read the answer (" + e.getMessage() + ")", e);
        }
    }

    private static Object read(JsonParser parser, int depth, String origin) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new LiveException(LiveException.Kind.BAD_DATA, origin + " answered with JSON nested more than " + MAX_DEPTH + " levels");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, read(parser, depth + 1, origin));
                }
                return fields;
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, depth + 1, origin));
                }
                return items;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new LiveException(LiveException.Kind.BAD_DATA, origin + " answered with unexpected JSON (" + token + ")");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static Map<String, Object> object(Map<String, Object> parent, String field) {
        return object(parent.get(field));
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    static List<Object> array(Map<String, Object> parent, String field) {
        return array(parent.get(field));
    }

    /** The list a service's answer must have; @throws LiveException of kind BAD_DATA, saying {@code missing}, without it */
    static List<Object> requiredArray(Map<String, Object> parent, String field, String missing) {
        if (!(parent.get(field) instanceof List<?>)) {
            throw new LiveException(LiveException.Kind.BAD_DATA, missing);
        }
        return array(parent, field);
    }

    static String text(Map<String, Object> parent, String field) {
        return parent.get(field) instanceof String text ? text : null;
    }

    static long number(Map<String, Object> parent, String field, long absent) {
        return parent.get(field) instanceof Number number ? number.longValue() : absent;
    }

    static boolean flag(Map<String, Object> parent, String field) {
        return parent.get(field) instanceof Boolean flag && flag;
    }

    /** The strings of an array field; other items are skipped. */
    static List<String> texts(Map<String, Object> parent, String field) {
        List<String> texts = new ArrayList<>();
        for (Object item : array(parent, field)) {
            if (item instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }
}
