package dev.cncfcontrib.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

    /**
     * The most values (objects, arrays, strings, numbers...) one document may hold. The bundled catalog has about
     * 12,800 and the real landscape about 22,200; a file within the size caps can hold millions of tiny ones
     * ({@code [0,0,0,...]}), and a tree of them took gigabytes before anything could look at it. A million keeps
     * the tree under about a hundred megabytes.
     */
    static final int MAX_VALUES = 1_000_000;

    private JsonTree() {
    }

    static Node parse(InputStream in, String origin) {
        try {
            return parse(FACTORY.createParser(in), origin, "JSON", NO_GUARD, MAX_VALUES);
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
    static Node parse(JsonParser parser, String origin, String format, TokenGuard guard, int maxValues) {
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CatalogException(origin, 0, 0, "the file is empty; expected a " + format + " object");
            }
            Node root = new Builder(parser, origin, guard, maxValues).read(0);
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

    /**
     * Builds the tree of one document within a budget of values, keeping it compact: objects keep their fields in
     * two arrays, and short strings that repeat (enumerations, and the same word a million times in a hostile file)
     * are stored once.
     */
    private static final class Builder {

        /** Strings this short are looked up before they are kept; the table itself stays small. */
        private static final int SHARED_LENGTH = 32;
        private static final int SHARED_ENTRIES = 16_384;

        private final JsonParser parser;
        private final String origin;
        private final TokenGuard guard;
        private final int maxValues;
        private int values;
        private final Map<String, String> shared = new java.util.HashMap<>();

        Builder(JsonParser parser, String origin, TokenGuard guard, int maxValues) {
            this.parser = parser;
            this.origin = origin;
            this.guard = guard;
            this.maxValues = maxValues;
        }

        Node read(int depth) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            if (++values > maxValues) {
                throw new CatalogException(origin, line, column, "more than " + String.format(java.util.Locale.ROOT, "%,d", maxValues)
                        + " values; far larger than any catalog or landscape, refused");
            }
            if (depth > MAX_DEPTH) {
                // far deeper than any catalog or landscape; stops a hostile file before the stack does
                throw new CatalogException(origin, line, column, "nested more than " + MAX_DEPTH + " levels deep");
            }
            guard.check(parser);
            switch (parser.currentToken()) {
                case START_OBJECT -> {
                    Fields fields = new Fields();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = shared(parser.currentName());
                        JsonLocation nameAt = parser.currentTokenLocation();
                        parser.nextToken();
                        if (!fields.add(name, read(depth + 1))) {
                            throw new CatalogException(origin, nameAt.getLineNr(), nameAt.getColumnNr(), "duplicate field '" + name + "'");
                        }
                    }
                    return new ObjectNode(fields.size() == 0 ? Fields.EMPTY : fields.trim(), line, column);
                }
                case START_ARRAY -> {
                    ArrayList<Node> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(read(depth + 1));
                    }
                    items.trimToSize();
                    return new ArrayNode(items.isEmpty() ? List.of() : items, line, column);
                }
                case VALUE_STRING -> {
                    return new ValueNode(shared(parser.getText()), line, column);
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

        private String shared(String text) {
            if (text == null || text.length() > SHARED_LENGTH) {
                return text;
            }
            String known = shared.get(text);
            if (known != null) {
                return known;
            }
            if (shared.size() < SHARED_ENTRIES) {
                shared.put(text, text);
            }
            return text;
        }
    }

    /**
     * An object's fields in the order of the file, in two arrays: a catalog or landscape object has a handful of
     * fields, for which a LinkedHashMap's table and entries cost several times the data. Past a few fields a hash
     * index keeps lookups (and the duplicate check) from growing with the object.
     */
    static final class Fields extends java.util.AbstractMap<String, Node> {

        private static final int INDEXED_FROM = 8;

        /** Every empty object's fields: a million {} in a hostile file cost no more than a million references. */
        static final Fields EMPTY = new Fields().trim();

        private String[] keys = new String[4];
        private Node[] nodes = new Node[4];
        private int size;
        private Map<String, Integer> index;

        /** Adds a field; false when the object has one of that name already. */
        boolean add(String key, Node node) {
            if (indexOf(key) >= 0) {
                return false;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                nodes = java.util.Arrays.copyOf(nodes, size * 2);
            }
            keys[size] = key;
            nodes[size] = node;
            size++;
            if (index != null) {
                index.put(key, size - 1);
            } else if (size > INDEXED_FROM) {
                index = new java.util.HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(keys[i], i);
                }
            }
            return true;
        }

        Fields trim() {
            keys = java.util.Arrays.copyOf(keys, size);
            nodes = java.util.Arrays.copyOf(nodes, size);
            return this;
        }

        private int indexOf(Object key) {
            if (index != null) {
                Integer at = index.get(key);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Node get(Object key) {
            int at = indexOf(key);
            return at < 0 ? null : nodes[at];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Set<Map.Entry<String, Node>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, Node>> iterator() {
                    return new java.util.Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, Node> next() {
                            if (next >= size) {
                                throw new java.util.NoSuchElementException();
                            }
                            Map.Entry<String, Node> entry = new java.util.AbstractMap.SimpleImmutableEntry<>(keys[next], nodes[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
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
