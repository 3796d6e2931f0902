package dev.cncfcontrib.catalog;

import dev.cncfcontrib.catalog.JsonTree.ArrayNode;
import dev.cncfcontrib.catalog.JsonTree.Node;
import dev.cncfcontrib.catalog.JsonTree.ObjectNode;
import dev.cncfcontrib.catalog.JsonTree.ValueNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalog file into immutable records, checking each field's type as it goes. Fields this version does
 * not know are ignored, so that a newer catalog stays readable; a newer {@code schemaVersion} is refused.
 */
public final class CatalogReader {

    /** Far above the full CNCF catalog (a few hundred kB); stops a wrong file from exhausting memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** What a file this reads is called in errors. */
    static final String KIND = "catalog file";

    /** A hundred times the 255 projects of the CNCF catalog, and of its 24 groups. */
    static final int MAX_PROJECTS = 25_500;
    static final int MAX_GROUPS = 2_400;

    public Catalog read(Path file) {
        try (InputStream in = InputFiles.open(file, MAX_BYTES, KIND)) {
            return read(in, file.toString());
        } catch (IOException closing) {
            throw InputFiles.cannotRead(file.toString(), closing);
        }
    }

    public Catalog read(InputStream in, String origin) {
        return new Binder(origin, false).catalog(JsonTree.parse(new BoundedInputStream(in, MAX_BYTES, origin), origin));
    }

    /**
     * Reads a curated overlay: a catalog whose project entries may be partial (only {@code id} is required, and
     * each field present wins over the imported one), plus the importer's inputs. Groups must be complete.
     */
    public Overlay readOverlay(InputStream in, String origin) {
        return new Binder(origin, true).overlay(JsonTree.parse(new BoundedInputStream(in, MAX_BYTES, origin), origin));
    }

    public Overlay readOverlay(Path file) {
        try (InputStream in = InputFiles.open(file, MAX_BYTES, KIND)) {
            return readOverlay(in, file.toString());
        } catch (IOException closing) {
            throw InputFiles.cannotRead(file.toString(), closing);
        }
    }

    /** Turns the tree into records; {@code path} strings such as {@code projects[3].legal.kind} name the field. */
    private static final class Binder {

        private final String origin;
        /** Overlay project entries: only the id is required. */
        private final boolean partial;
        /** The file's schemaVersion: older layouts are read into today's records. */
        private int version = Catalog.SUPPORTED_SCHEMA_VERSION;

        Binder(String origin, boolean partial) {
            this.origin = origin;
            this.partial = partial;
        }

        Overlay overlay(Node root) {
            Catalog entries = catalog(root);
            ObjectNode object = (ObjectNode) root;
            String landscapeUrl = null;
            String landscapeDate = null;
            Node landscape = object.fields().get("landscape");
            if (landscape != null) {
                ObjectNode o = object(landscape, "landscape");
                landscapeUrl = url(o, "url", "landscape", true);
                landscapeDate = date(o, "date", "landscape", true);
            }
            Source charter = null;
            Node charterNode = object.fields().get("charterDefault");
            if (charterNode != null) {
                ObjectNode o = object(charterNode, "charterDefault");
                charter = new Source(url(o, "url", "charterDefault", true), date(o, "date", "charterDefault", false),
                        string(o, "note", "charterDefault", false));
            }
            Map<String, java.util.Set<String>> stated = new LinkedHashMap<>();
            for (Node project : array(object, "projects", "projects", true).items()) {
                ObjectNode fields = (ObjectNode) project;
                String id = ((ValueNode) fields.fields().get("id")).value().toString();
                if (stated.put(id, java.util.Set.copyOf(fields.fields().keySet())) != null) {
                    throw error(project, "projects: two overlay entries for '" + id + "'");
                }
            }
            return new Overlay(entries, landscapeUrl, landscapeDate, charter, stated);
        }

        Catalog catalog(Node root) {
            ObjectNode object = object(root, "the catalog");
            version = integer(object, "schemaVersion", "schemaVersion");
            if (version > Catalog.SUPPORTED_SCHEMA_VERSION) {
                throw error(object.fields().get("schemaVersion"), "catalog schema version " + version
                        + " is newer than this cncf-contrib understands (" + Catalog.SUPPORTED_SCHEMA_VERSION
                        + "); update cncf-contrib");
            }
            if (version < 1) {
                throw error(object.fields().get("schemaVersion"), "schemaVersion must be 1 or more");
            }
            List<Project> projects = new ArrayList<>();
            ArrayNode projectNodes = array(object, "projects", "projects", true);
            refuseMoreThan(projectNodes, MAX_PROJECTS, "projects");
            java.util.Map<String, Integer> projectIds = new java.util.HashMap<>();
            for (int i = 0; i < projectNodes.items().size(); i++) {
                Project project = project(projectNodes.items().get(i), "projects[" + i + "]");
                refuseSecond(projectIds, project.id(), i, projectNodes, "projects");
                projects.add(project);
            }
            List<Group> groups = new ArrayList<>();
            ArrayNode groupNodes = array(object, "groups", "groups", false);
            if (groupNodes != null) {
                refuseMoreThan(groupNodes, MAX_GROUPS, "groups");
                java.util.Map<String, Integer> groupIds = new java.util.HashMap<>();
                for (int i = 0; i < groupNodes.items().size(); i++) {
                    Group group = group(groupNodes.items().get(i), "groups[" + i + "]");
                    refuseSecond(groupIds, group.id(), i, groupNodes, "groups");
                    groups.add(group);
                }
            }
            return new Catalog(version, date(object, "asOf", "asOf", true), string(object, "generatedFrom", "generatedFrom", false),
                    projects, groups);
        }

        /** Two entries with one id: commands would find only the first, and links and progress would mix them up. */
        private void refuseSecond(java.util.Map<String, Integer> seen, String id, int index, ArrayNode entries, String what) {
            Integer first = seen.putIfAbsent(id, index);
            if (first != null) {
                throw error(entries.items().get(index), what + "[" + index + "]: the id '" + id + "' is already the id of "
                        + what + "[" + first + "]");
            }
        }

        /**
         * An id as the schema defines it: lower-case letters and digits in words joined by single hyphens. Ids name
         * files and URLs (clotributor.dev/search?project=ID) and are typed as arguments: '../../etc/passwd',
         * '--help' or control characters are refused.
         */
        private String id(ObjectNode o, String path, boolean required) {
            String id = string(o, "id", path, required);
            if (id != null && !isId(id)) {
                throw error(o.fields().get("id"), path + ".id: '" + id + "' is not an id: lower-case letters and digits,"
                        + " words joined by single hyphens (open-policy-agent)");
            }
            return id;
        }

        private static boolean isId(String id) {
            if (id.isEmpty() || id.startsWith("-") || id.endsWith("-") || id.contains("--")) {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return true;
        }

        private void refuseMoreThan(ArrayNode entries, int max, String what) {
            if (entries.items().size() > max) {
                throw error(entries, what + ": more than " + String.format(java.util.Locale.ROOT, "%,d", max) + " " + what
                        + ", a hundred times the CNCF catalog; refused");
            }
        }

        Project project(Node node, String path) {
            ObjectNode o = object(node, path);
            String id = id(o, path, true);
            path = path + " (" + id + ")";
            boolean required = !partial;
            return new Project(
                    id,
                    string(o, "name", path, required),
                    strings(o, "aliases", path),
                    identified(o, "maturity", path, Maturity.class, required),
                    string(o, "focus", path, required),
                    string(o, "category", path, false),
                    string(o, "description", path, required),
                    url(o, "homepage", path, false),
                    // the landscape lists a few archived projects without a repository
                    url(o, "repository", path, false),
                    branch(o, "defaultBranch", path),
                    urls(o, "additionalRepositories", path),
                    url(o, "contributorGuide", path, false),
                    chat(o, path),
                    mailingLists(o, path),
                    strings(o, "licenses", path),
                    partial && !o.fields().containsKey("legal") ? null : legal(o, path),
                    dates(o, path),
                    successor(o, path),
                    date(o, "lastCommit", path, false),
                    string(o, "clomonitorName", path, false),
                    strings(o, "notes", path),
                    strings(o, "maintainerNotes", path),
                    date(o, "asOf", path, required),
                    partial && !o.fields().containsKey("sources") ? Map.of() : sources(o, path));
        }

        Group group(Node node, String path) {
            ObjectNode o = object(node, path);
            String id = id(o, path, true);
            path = path + " (" + id + ")";
            GroupStatus status = identified(o, "status", path, GroupStatus.class, true);
            Successor successor = successor(o, path);
            if (status != GroupStatus.ACTIVE && successor == null) {
                throw error(o, path + ": a group that is " + status.id() + " needs a 'successor'");
            }
            return new Group(
                    id,
                    string(o, "name", path, true),
                    strings(o, "aliases", path),
                    identified(o, "kind", path, GroupKind.class, true),
                    status,
                    string(o, "description", path, true),
                    url(o, "url", path, true),
                    string(o, "howToJoin", path, false),
                    chat(o, path),
                    mailingLists(o, path),
                    successor,
                    strings(o, "notes", path),
                    date(o, "asOf", path, true),
                    sources(o, path));
        }

        List<ChatChannel> chat(ObjectNode parent, String path) {
            List<ChatChannel> channels = new ArrayList<>();
            ArrayNode items = array(parent, "chat", path, false);
            if (items != null) {
                for (int i = 0; i < items.items().size(); i++) {
                    String at = path + ".chat[" + i + "]";
                    ObjectNode o = object(items.items().get(i), at);
                    // a WeChat or DingTalk group is joined through a QR code in the project's files: no URL
                    channels.add(new ChatChannel(identified(o, "platform", at, ChatPlatform.class, true),
                            string(o, "workspace", at, false), string(o, "channel", at, false),
                            url(o, "url", at, false), string(o, "note", at, false)));
                }
            }
            return List.copyOf(channels);
        }

        List<MailingList> mailingLists(ObjectNode parent, String path) {
            List<MailingList> lists = new ArrayList<>();
            ArrayNode items = array(parent, "mailingLists", path, false);
            if (items != null) {
                for (int i = 0; i < items.items().size(); i++) {
                    String at = path + ".mailingLists[" + i + "]";
                    ObjectNode o = object(items.items().get(i), at);
                    MailingList list = new MailingList(string(o, "kind", at, true), string(o, "name", at, false),
                            string(o, "address", at, false), url(o, "url", at, false), string(o, "note", at, false));
                    if (list.url() == null && list.address() == null) {
                        throw error(o, at + ": a list needs a 'url' or an 'address'");
                    }
                    lists.add(list);
                }
            }
            return List.copyOf(lists);
        }

        Legal legal(ObjectNode parent, String path) {
            String at = path + ".legal";
            ObjectNode o = object(required(parent, "legal", path), at);
            Boolean signed = bool(o, "signedCommits", at);
            Boolean conflicting = bool(o, "conflicting", at);
            if (version == 1 && "charter-default".equals(string(o, "basis", at, true))) {
                // Catalogs of schema 1 gave every unread project the CNCF charter's DCO default as if it were the
                // project's rule; nothing was read, so nothing is claimed.
                return Legal.unverified("Older catalog: this requirement was never read from the project's files;"
                        + " run 'cncf-contrib catalog update'.");
            }
            String claName = string(o, "claName", at, false);
            LegalKind kind;
            String legacy = version == 1 ? string(o, "kind", at, true) : "";
            if (legacy.equals("google-cla") || legacy.equals("vmware-cla")) {
                // schema 1 named two CLAs by kind; they are CLAs like any other, with their name
                kind = LegalKind.OTHER_CLA;
                claName = legacy.equals("google-cla") ? "Google CLA" : "VMware CLA";
            } else {
                kind = identified(o, "kind", at, LegalKind.class, true);
            }
            return new Legal(kind, identified(o, "basis", at, LegalBasis.class, true),
                    claName, url(o, "signingUrl", at, false), string(o, "bot", at, false),
                    signed != null && signed, identified(o, "confidence", at, Confidence.class, false),
                    conflicting != null && conflicting, string(o, "note", at, false));
        }

        Dates dates(ObjectNode parent, String path) {
            Node node = parent.fields().get("dates");
            if (node == null) {
                return new Dates(null, null, null, null);
            }
            String at = path + ".dates";
            ObjectNode o = object(node, at);
            return new Dates(date(o, "accepted", at, false), date(o, "incubating", at, false),
                    date(o, "graduated", at, false), date(o, "archived", at, false));
        }

        Successor successor(ObjectNode parent, String path) {
            Node node = parent.fields().get("successor");
            if (node == null) {
                return null;
            }
            String at = path + ".successor";
            ObjectNode o = object(node, at);
            return new Successor(id(o, at, false), string(o, "name", at, true),
                    url(o, "url", at, false), string(o, "note", at, false));
        }

        Map<String, List<Source>> sources(ObjectNode parent, String path) {
            String at = path + ".sources";
            ObjectNode o = object(required(parent, "sources", path), at);
            Map<String, List<Source>> sources = new LinkedHashMap<>();
            for (Map.Entry<String, Node> field : o.fields().entrySet()) {
                String fieldPath = at + "." + field.getKey();
                List<Source> list = new ArrayList<>();
                ArrayNode items = array(field.getValue(), fieldPath);
                for (int i = 0; i < items.items().size(); i++) {
                    String itemPath = fieldPath + "[" + i + "]";
                    ObjectNode s = object(items.items().get(i), itemPath);
                    list.add(new Source(url(s, "url", itemPath, true), date(s, "date", itemPath, false),
                            string(s, "note", itemPath, false)));
                }
                List<Source> shared = List.copyOf(list);
                // one key may name several fields that share their sources: "name,maturity,dates"
                for (String name : field.getKey().split(",")) {
                    if (!name.isBlank()) {
                        sources.put(name.trim(), shared);
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(sources);
        }

        // --- typed field access -------------------------------------------------------------------------

        Node required(ObjectNode parent, String key, String path) {
            Node node = parent.fields().get(key);
            if (node == null) {
                throw error(parent, path + ": missing required field '" + key + "'");
            }
            return node;
        }

        ObjectNode object(Node node, String path) {
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw error(node, path + " must be an object, found " + node.typeName());
        }

        ArrayNode array(Node node, String path) {
            if (node instanceof ArrayNode array) {
                return array;
            }
            throw error(node, path + " must be an array, found " + node.typeName());
        }

        ArrayNode array(ObjectNode parent, String key, String path, boolean required) {
            Node node = required ? required(parent, key, path) : parent.fields().get(key);
            return node == null ? null : array(node, qualified(path, key));
        }

        String string(ObjectNode parent, String key, String path, boolean required) {
            Node node = required ? required(parent, key, path) : parent.fields().get(key);
            if (node == null) {
                return null;
            }
            if (node instanceof ValueNode value && value.value() instanceof String text) {
                if (required && text.isBlank()) {
                    throw error(node, qualified(path, key) + " must not be empty");
                }
                return text;
            }
            throw error(node, qualified(path, key) + " must be a string, found " + node.typeName());
        }

        String url(ObjectNode parent, String key, String path, boolean required) {
            String text = string(parent, key, path, required);
            if (text != null && !(text.startsWith("https://") || text.startsWith("http://"))) {
                throw error(parent.fields().get(key), qualified(path, key) + " must be an http or https URL");
            }
            return text;
        }

        String date(ObjectNode parent, String key, String path, boolean required) {
            String text = string(parent, key, path, required);
            if (text != null && !isIsoDate(text)) {
                throw error(parent.fields().get(key), qualified(path, key) + " must be a date written yyyy-mm-dd");
            }
            return text;
        }

        /** A branch name as git allows it, so that it can be put into a printed command as it is. */
        String branch(ObjectNode parent, String key, String path) {
            String text = string(parent, key, path, false);
            if (text != null && !text.matches("[A-Za-z0-9._][A-Za-z0-9._/-]*") || text != null && text.contains("..")) {
                throw error(parent.fields().get(key), qualified(path, key) + " must be a branch name (letters, digits, '.', '_', '-', '/')");
            }
            return text;
        }

        int integer(ObjectNode parent, String key, String path) {
            Node node = required(parent, key, path);
            if (node instanceof ValueNode value && value.value() instanceof Integer number) {
                return number;
            }
            throw error(node, path + " must be a whole number, found " + node.typeName());
        }

        Boolean bool(ObjectNode parent, String key, String path) {
            Node node = parent.fields().get(key);
            if (node == null) {
                return null;
            }
            if (node instanceof ValueNode value && value.value() instanceof Boolean flag) {
                return flag;
            }
            throw error(node, qualified(path, key) + " must be true or false, found " + node.typeName());
        }

        List<String> strings(ObjectNode parent, String key, String path) {
            ArrayNode items = array(parent, key, path, false);
            if (items == null) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < items.items().size(); i++) {
                Node item = items.items().get(i);
                if (!(item instanceof ValueNode value && value.value() instanceof String text)) {
                    throw error(item, qualified(path, key) + "[" + i + "] must be a string, found " + item.typeName());
                }
                values.add(text);
            }
            return List.copyOf(values);
        }

        List<String> urls(ObjectNode parent, String key, String path) {
            List<String> values = strings(parent, key, path);
            for (String value : values) {
                if (!(value.startsWith("https://") || value.startsWith("http://"))) {
                    throw error(parent.fields().get(key), qualified(path, key) + " must hold http or https URLs");
                }
            }
            return values;
        }

        <E extends Enum<E> & Identified> E identified(ObjectNode parent, String key, String path, Class<E> type, boolean required) {
            String text = string(parent, key, path, required);
            if (text == null) {
                return null;
            }
            try {
                return Identified.parse(type, text);
            } catch (IllegalArgumentException e) {
                throw error(parent.fields().get(key), qualified(path, key) + ": " + e.getMessage());
            }
        }

        private static String qualified(String path, String key) {
            return path + "." + key;
        }

        private static boolean isIsoDate(String text) {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                    return false;
                }
            }
            return true;
        }

        private CatalogException error(Node at, String problem) {
            return new CatalogException(origin, at.line(), at.column(), problem);
        }
    }
}
