package dev.cncfcontrib.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as a tree that remembers where each value stood, so that a catalog with a value of the wrong
 * type can be reported at its line and column. Built on Jackson's streaming parser: databind's start-up cost
 * is more than the rest of {@code cncf-contrib list} together.
 */
final class JsonTree {

    /** A JSON value and where it starts in the file. */
    sealed interface Node permits ObjectNode, ArrayNode, ValueNode {
        int line();

        int column();

        default String typeName() {
            if (this instanceof ObjectNode) {
                return "an object";
            }
            if (this instanceof ArrayNode) {
                return "an array";
            }
            Object value = ((ValueNode) this).value();
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "a string";
            }
            if (value instanceof Boolean) {
                return "a boolean";
            }
            return "a number";
        }
    }

    record ObjectNode(Map<String, Node> fields, int line, int column) implements Node {
    }

    record ArrayNode(List<Node> items, int line, int column) implements Node {
    }

    /** A string, number, boolean or null. */
    record ValueNode(Object value, int line, int column) implements Node {
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The deepest nesting accepted; a catalog needs 6 levels, the landscape 9. */
    static final int MAX_DEPTH = 64;

    private JsonTree() {
    }

    static Node parse(InputStream in, String origin) {
        try {
            return parse(FACTORY.createParser(in), origin, "JSON", NO_GUARD);
        } catch (IOException e) {
            throw new CatalogException(origin, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Checks each value token before it enters the tree; YAML uses it to refuse aliases. */
    interface TokenGuard {
        void check(JsonParser parser) throws IOException;
    }

    /** A class rather than a lambda: the catalog is read at every start, and a lambda's first use costs time. */
    private static final class NoGuard implements TokenGuard {
        @Override
        public void check(JsonParser parser) {
        }
    }

    private static final TokenGuard NO_GUARD = new NoGuard();

    /**
     * Reads the one document {@code parser} holds, in any format Jackson parses (JSON, YAML), closing the parser.
     * {@code format} names it in error messages.
     */
    static Node parse(JsonParser parser, String origin, String format, TokenGuard guard) {
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CatalogException(origin, 0, 0, "the file is empty; expected a " + format + " object");
            }
            Node root = read(parser, origin, guard, 0);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new CatalogException(origin, at.getLineNr(), at.getColumnNr(), "unexpected content after the end of the document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new CatalogException(origin, line, column, "malformed " + format + ": " + conciseMessage(e));
        } catch (IOException e) {
            throw new CatalogException(origin, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser parser, String origin, TokenGuard guard, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            // far deeper than any catalog or landscape; stops a hostile file before the stack does
            throw new CatalogException(origin, line, column, "nested more than " + MAX_DEPTH + " levels deep");
        }
        guard.check(parser);
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    if (fields.put(name, read(parser, origin, guard, depth + 1)) != null) {
                        throw new CatalogException(origin, nameAt.getLineNr(), nameAt.getColumnNr(), "duplicate field '" + name + "'");
                    }
                }
                return new ObjectNode(fields, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, origin, guard, depth + 1));
                }
                return new ArrayNode(items, line, column);
            }
            case VALUE_STRING -> {
                return new ValueNode(parser.getText(), line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new ValueNode(parser.getNumberValue(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ValueNode(parser.getBooleanValue(), line, column);
            }
            case VALUE_NULL -> {
                return new ValueNode(null, line, column);
            }
            default -> throw new CatalogException(origin, line, column, "unexpected " + parser.currentToken());
        }
    }

    /** Jackson's first sentence, without the source excerpt it appends. */
    private static String conciseMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        int marker = message.indexOf(" (start marker at");
        if (marker >= 0) {
            message = message.substring(0, marker);
        }
        return message.trim();
    }
}
