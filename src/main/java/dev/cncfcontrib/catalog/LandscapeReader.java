package dev.cncfcontrib.catalog;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cncfcontrib.catalog.JsonTree.ArrayNode;
import dev.cncfcontrib.catalog.JsonTree.Node;
import dev.cncfcontrib.catalog.JsonTree.ObjectNode;
import dev.cncfcontrib.catalog.JsonTree.ValueNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the CNCF landscape file ({@code landscape.yml} of cncf/landscape) and keeps the items that are CNCF
 * projects: those with a {@code project:} key. The YAML is read by Jackson's streaming parser into the same
 * position-aware tree as the catalog, so a YAML value never becomes anything but a string, number, boolean,
 * list or map; aliases are refused (nothing here needs them, and expanding them is how a small file becomes a
 * huge one), and size, nesting and string length are capped.
 */
public final class LandscapeReader {

    /** The real file is about 1.1 MB; sixteen times that is still clearly a landscape file. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final String KIND = "landscape file";

    /** The real landscape has about 2,400 items (projects, members, products); a hundred times that is refused. */
    static final int MAX_ITEMS = 241_300;

    private static final YAMLFactory FACTORY = factory();

    /** One CNCF project as the landscape describes it, with the lines of the file it occupies. */
    public record Item(
            String name,
            String project,
            String category,
            String subcategory,
            String description,
            String homepage,
            String repository,
            List<String> additionalRepositories,
            String license,
            Map<String, String> extra,
            int firstLine,
            int lastLine) {
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(JsonTree.MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(JsonTree.MAX_DEPTH)
                        .maxStringLength(1 << 20)
                        .maxNameLength(1 << 10)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .build();
    }

    public List<Item> read(Path file) {
        try (InputStream in = InputFiles.open(file, MAX_BYTES, KIND)) {
            return read(in, file.toString());
        } catch (IOException closing) {
            throw InputFiles.cannotRead(file.toString(), closing);
        }
    }

    public List<Item> read(InputStream in, String origin) {
        Node root;
        try {
            YAMLParser parser = FACTORY.createParser(new BoundedInputStream(in, MAX_BYTES, origin));
            root = JsonTree.parse(parser, origin, "YAML", p -> {
                if (((YAMLParser) p).isCurrentAlias()) {
                    throw new CatalogException(origin, p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr(), "YAML aliases (*name) are not accepted in a landscape file");
                }
            }, JsonTree.MAX_VALUES);
        } catch (YAMLException e) {
            // SnakeYAML's own limits (code points, nesting) surface as its unchecked exception
            throw new CatalogException(origin, 0, 0, "refused YAML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new CatalogException(origin, "cannot read: " + e.getMessage(), e);
        }
        return new Walker(origin).items(root);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        return (cut >= 0 ? message.substring(0, cut) : message).trim();
    }

    /** Walks landscape → categories → subcategories → items, reporting a wrong shape at its line. */
    private static final class Walker {

        private final String origin;

        Walker(String origin) {
            this.origin = origin;
        }

        List<Item> items(Node root) {
            if (!(root instanceof ObjectNode document)) {
                throw error(root, "expected a landscape file: a map with a 'landscape' list, found " + root.typeName());
            }
            Node categories = document.fields().get("landscape");
            if (categories == null) {
                categories = document.fields().get("categories"); // landscape2 accepts this name too
            }
            if (categories == null) {
                throw error(root, "not a landscape file: no 'landscape' list of categories");
            }
            List<Item> items = new ArrayList<>();
            int itemCount = 0;
            List<Node> categoryNodes = list(categories, "landscape");
            for (int c = 0; c < categoryNodes.size(); c++) {
                String at = "landscape[" + c + "]";
                ObjectNode category = map(categoryNodes.get(c), at);
                String categoryName = required(category, "name", at);
                List<Node> subcategories = list(category.fields().get("subcategories"), at + ".subcategories");
                for (int s = 0; s < subcategories.size(); s++) {
                    String subAt = at + ".subcategories[" + s + "]";
                    ObjectNode subcategory = map(subcategories.get(s), subAt);
                    String subcategoryName = required(subcategory, "name", subAt);
                    List<Node> itemNodes = list(subcategory.fields().get("items"), subAt + ".items");
                    itemCount += itemNodes.size();
                    if (itemCount > MAX_ITEMS) {
                        throw error(subcategory, "more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_ITEMS)
                                + " items, a hundred times the real landscape; refused");
                    }
                    for (int i = 0; i < itemNodes.size(); i++) {
                        String itemAt = subAt + ".items[" + i + "]";
                        ObjectNode item = map(itemNodes.get(i), itemAt);
                        // only CNCF projects carry 'project:'; members and products do not
                        if (text(item, "project", itemAt) != null) {
                            items.add(item(item, itemAt, categoryName, subcategoryName));
                        }
                    }
                }
            }
            if (items.isEmpty()) {
                throw error(root, "no CNCF projects in this landscape file (no item has a 'project:' key)");
            }
            return items;
        }

        private Item item(ObjectNode item, String at, String category, String subcategory) {
            String name = required(item, "name", at);
            List<String> additional = new ArrayList<>();
            Node repos = item.fields().get("additional_repos");
            if (repos != null) {
                List<Node> repoNodes = list(repos, at + ".additional_repos");
                for (int r = 0; r < repoNodes.size(); r++) {
                    String url = text(map(repoNodes.get(r), at + ".additional_repos[" + r + "]"), "repo_url", at);
                    if (isWebUrl(url)) {
                        additional.add(url);
                    }
                }
            }
            Map<String, String> extra = new java.util.LinkedHashMap<>();
            Node extraNode = item.fields().get("extra");
            if (!isEmpty(extraNode)) {
                for (Map.Entry<String, Node> field : map(extraNode, at + ".extra").fields().entrySet()) {
                    // only scalars are kept: the lists (audits, other_links) are not catalog fields
                    if (field.getValue() instanceof ValueNode value && value.value() != null) {
                        extra.put(field.getKey(), value.value().toString().trim());
                    }
                }
            }
            return new Item(name, text(item, "project", at), category, subcategory, text(item, "description", at),
                    webUrl(item, "homepage_url", at), webUrl(item, "repo_url", at), List.copyOf(additional),
                    text(item, "license", at), java.util.Collections.unmodifiableMap(extra), item.line(), lastLine(item));
        }

        /** The last line the item's values start on: where its text in the file ends, for a #Lnn-Lmm permalink. */
        private static int lastLine(Node node) {
            int last = node.line();
            if (node instanceof ObjectNode object) {
                for (Node child : object.fields().values()) {
                    last = Math.max(last, lastLine(child));
                }
            } else if (node instanceof ArrayNode array) {
                for (Node child : array.items()) {
                    last = Math.max(last, lastLine(child));
                }
            }
            return last;
        }

        private List<Node> list(Node node, String at) {
            if (isEmpty(node)) {
                return List.of();
            }
            if (node instanceof ArrayNode array) {
                return array.items();
            }
            throw error(node, at + " must be a list, found " + node.typeName());
        }

        /** Absent, or a key with nothing after it ({@code items:}), which YAML reads as null or "". */
        private static boolean isEmpty(Node node) {
            return node == null || node instanceof ValueNode value && (value.value() == null || "".equals(value.value()));
        }

        private ObjectNode map(Node node, String at) {
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw error(node, at + " must be a map, found " + node.typeName());
        }

        private String required(ObjectNode parent, String key, String at) {
            String text = text(parent, key, at);
            if (text == null || text.isBlank()) {
                throw error(parent, at + ": missing '" + key + "'");
            }
            return text;
        }

        /** A scalar as text: YAML may read {@code name: 1234} or {@code name: yes} as a number or a boolean. */
        private String text(ObjectNode parent, String key, String at) {
            Node node = parent.fields().get(key);
            if (node == null) {
                return null;
            }
            if (node instanceof ValueNode value) {
                String text = value.value() == null ? "" : value.value().toString().trim();
                return text.isEmpty() ? null : text;
            }
            throw error(node, at + "." + key + " must be a single value, found " + node.typeName());
        }

        private String webUrl(ObjectNode parent, String key, String at) {
            String url = text(parent, key, at);
            return isWebUrl(url) ? url : null;
        }

        private static boolean isWebUrl(String url) {
            return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.indexOf(' ') < 0;
        }

        private CatalogException error(Node at, String problem) {
            return new CatalogException(origin, at.line(), at.column(), problem);
        }
    }
}
