package dev.cncfcontrib.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.cncfcontrib.catalog.JsonTree.ArrayNode;
import dev.cncfcontrib.catalog.JsonTree.Node;
import dev.cncfcontrib.catalog.JsonTree.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a catalog file against the JSON Schema bundled with cncf-contrib and against the reader's own rules,
 * and reports each problem at its line and column. Only {@code catalog validate} loads this class: the schema
 * library and Jackson databind stay off the start-up path of the other commands.
 */
public final class CatalogValidator {

    static final String SCHEMA_RESOURCE = "/data/catalog.schema.json";

    /** One problem, where it is. */
    public record Problem(String origin, int line, int column, String message) {
        @Override
        public String toString() {
            return origin + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
        }
    }

    public List<Problem> validate(Path file) {
        String origin = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > CatalogReader.MAX_BYTES) {
                return List.of(new Problem(origin, 0, 0, "larger than " + (CatalogReader.MAX_BYTES >> 20) + " MiB; not a catalog"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of(new Problem(origin, 0, 0, "no such file"));
        } catch (IOException e) {
            return List.of(new Problem(origin, 0, 0, "cannot read: " + e.getMessage()));
        }
        return validate(bytes, origin);
    }

    public List<Problem> validate(byte[] bytes, String origin) {
        Node root;
        try {
            root = JsonTree.parse(new ByteArrayInputStream(bytes), origin);
        } catch (CatalogException e) {
            return List.of(problem(e, origin));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema().validate(new String(bytes, StandardCharsets.UTF_8), InputFormat.JSON)) {
            Node at = locate(root, error.getInstanceLocation());
            problems.add(new Problem(origin, at.line(), at.column(), describe(error)));
        }
        if (problems.isEmpty()) {
            // the reader's rules beyond the schema (a newer schemaVersion, for one)
            try {
                new CatalogReader().read(new ByteArrayInputStream(bytes), origin);
            } catch (CatalogException e) {
                problems.add(problem(e, origin));
            }
        }
        return problems;
    }

    private static Schema schema() {
        try (InputStream in = CatalogValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new CatalogException("catalog schema", 0, 0, "missing from the jar; rebuild with 'mvn package'");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new CatalogException("catalog schema", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The deepest node of the tree the schema's path reaches. */
    private static Node locate(Node root, NodePath path) {
        Node node = root;
        for (int i = 0; path != null && i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            Node next = null;
            if (node instanceof ObjectNode object && element instanceof String key) {
                next = object.fields().get(key);
            } else if (node instanceof ArrayNode array && element instanceof Integer index && index >= 0 && index < array.items().size()) {
                next = array.items().get(index);
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return node;
    }

    /** "$.projects[0].maturity: does not have a value in the enumeration [...]": the path says which field. */
    private static String describe(Error error) {
        String message = error.getMessage() == null ? error.getKeyword() : error.getMessage();
        NodePath at = error.getInstanceLocation();
        return at == null || message.startsWith("$") ? message : at + ": " + message;
    }

    private static Problem problem(CatalogException e, String origin) {
        // the exception's message is already "origin:line:column: problem"
        String message = e.getMessage();
        return new Problem(origin, 0, 0, message.startsWith(origin + ":") ? message.substring(origin.length() + 1).trim() : message);
    }
}
