package dev.cncfcontrib.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled catalog in a compact binary form, made from {@code data/catalog.json} at build time (see pom.xml).
 * Every command reads the bundled catalog at start, and decoding this costs a small fraction of tokenising half a
 * megabyte of JSON on a cold JVM (the figures are in docs/performance.md). The JSON file stays the only source of truth: this form is
 * never edited, downloaded or written by a user, and a test checks that it decodes to the very records the JSON
 * reads to.
 *
 * <p>Layout: magic, format version, then tables of strings, sources and source lists, then the catalog. Numbers
 * are unsigned LEB128 varints. A reference into a table is the index plus one, 0 standing for null; list and map
 * sizes are likewise stored plus one. Enums are stored by ordinal: the file is made by the same build that reads
 * it. Shared sources (the landscape, the charter default) are stored once, which keeps the file to a third of the
 * JSON's size.
 */
public final class CompiledCatalog {

    /** "CCB" and the format version. */
    private static final int MAGIC = 0x43434202;

    private CompiledCatalog() {
    }

    /** The build step: {@code CompiledCatalog IN.json OUT.bin}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledCatalog CATALOG.json OUTPUT");
        }
        Catalog catalog = new CatalogReader().read(Path.of(args[0]));
        Files.write(Path.of(args[1]), encode(catalog));
    }

    public static byte[] encode(Catalog catalog) {
        return new Encoder().encode(catalog);
    }

    /**
     * Reads what {@link #encode} wrote. A damaged or foreign file is a {@link CatalogException}: every read, table
     * reference and size is checked against what the file holds, so any other exception is a bug.
     */
    public static Catalog decode(byte[] data, String origin) {
        return new Decoder(data, origin).decode();
    }

    private static CatalogException damaged(String origin) {
        return new CatalogException(origin, 0, 0, "the compiled catalog is damaged; rebuild with 'mvn package'");
    }

    private static final class Encoder {

        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final Map<Source, Integer> sources = new LinkedHashMap<>();
        private final Map<List<Source>, Integer> sourceLists = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        byte[] encode(Catalog catalog) {
            varint(body, catalog.schemaVersion());
            string(catalog.asOf());
            string(catalog.generatedFrom());
            size(catalog.projects());
            for (Project project : catalog.projects()) {
                project(project);
            }
            size(catalog.groups());
            for (Group group : catalog.groups()) {
                group(group);
            }
            // interning the sources' strings and lists adds to the tables, so the lists are laid out first
            ByteArrayOutputStream lists = new ByteArrayOutputStream();
            varint(lists, sourceLists.size());
            for (List<Source> list : sourceLists.keySet()) {
                varint(lists, list.size());
                for (Source source : list) {
                    varint(lists, source(source));
                }
            }
            ByteArrayOutputStream sourceTable = new ByteArrayOutputStream();
            varint(sourceTable, sources.size());
            for (Source source : sources.keySet()) {
                varint(sourceTable, intern(source.url()));
                varint(sourceTable, intern(source.date()));
                varint(sourceTable, intern(source.note()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int magic = MAGIC;
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(magic >>> shift);
            }
            varint(out, strings.size());
            for (String text : strings.keySet()) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                varint(out, bytes.length);
                out.writeBytes(bytes);
            }
            out.writeBytes(sourceTable.toByteArray());
            out.writeBytes(lists.toByteArray());
            out.writeBytes(body.toByteArray());
            return out.toByteArray();
        }

        private void project(Project project) {
            string(project.id());
            string(project.name());
            strings(project.aliases());
            enumeration(project.maturity());
            string(project.focus());
            string(project.category());
            string(project.description());
            string(project.homepage());
            string(project.repository());
            string(project.defaultBranch());
            strings(project.additionalRepositories());
            string(project.contributorGuide());
            chat(project.chat());
            mailingLists(project.mailingLists());
            strings(project.licenses());
            Legal legal = project.legal();
            if (present(legal)) {
                enumeration(legal.kind());
                enumeration(legal.basis());
                string(legal.claName());
                string(legal.signingUrl());
                string(legal.bot());
                varint(body, (legal.signedCommits() ? 1 : 0) | (legal.conflicting() ? 2 : 0));
                enumeration(legal.confidence());
                string(legal.note());
            }
            Dates dates = project.dates();
            if (present(dates)) {
                string(dates.accepted());
                string(dates.incubating());
                string(dates.graduated());
                string(dates.archived());
            }
            successor(project.successor());
            string(project.lastCommit());
            string(project.clomonitorName());
            strings(project.notes());
            strings(project.maintainerNotes());
            string(project.asOf());
            sourceMap(project.sources());
        }

        private void group(Group group) {
            string(group.id());
            string(group.name());
            strings(group.aliases());
            enumeration(group.kind());
            enumeration(group.status());
            string(group.description());
            string(group.url());
            string(group.howToJoin());
            chat(group.chat());
            mailingLists(group.mailingLists());
            successor(group.successor());
            strings(group.notes());
            string(group.asOf());
            sourceMap(group.sources());
        }

        private void chat(List<ChatChannel> channels) {
            if (size(channels)) {
                for (ChatChannel channel : channels) {
                    enumeration(channel.platform());
                    string(channel.workspace());
                    string(channel.channel());
                    string(channel.url());
                    string(channel.note());
                }
            }
        }

        private void mailingLists(List<MailingList> lists) {
            if (size(lists)) {
                for (MailingList list : lists) {
                    string(list.kind());
                    string(list.name());
                    string(list.address());
                    string(list.url());
                    string(list.note());
                }
            }
        }

        private void successor(Successor successor) {
            if (present(successor)) {
                string(successor.id());
                string(successor.name());
                string(successor.url());
                string(successor.note());
            }
        }

        private void sourceMap(Map<String, List<Source>> map) {
            if (map == null) {
                varint(body, 0);
                return;
            }
            varint(body, map.size() + 1);
            for (Map.Entry<String, List<Source>> entry : map.entrySet()) {
                string(entry.getKey());
                varint(body, entry.getValue() == null ? 0 : sourceLists.computeIfAbsent(entry.getValue(), list -> sourceLists.size()) + 1);
            }
        }

        private int source(Source source) {
            return source == null ? 0 : sources.computeIfAbsent(source, unused -> sources.size()) + 1;
        }

        private boolean present(Object value) {
            varint(body, value == null ? 0 : 1);
            return value != null;
        }

        /** Writes a list's size plus one (0 for null) and says whether elements follow. */
        private boolean size(List<?> list) {
            varint(body, list == null ? 0 : list.size() + 1);
            return list != null;
        }

        private void strings(List<String> list) {
            if (size(list)) {
                for (String text : list) {
                    string(text);
                }
            }
        }

        private void enumeration(Enum<?> value) {
            varint(body, value == null ? 0 : value.ordinal() + 1);
        }

        private void string(String text) {
            varint(body, intern(text));
        }

        private int intern(String text) {
            return text == null ? 0 : strings.computeIfAbsent(text, unused -> strings.size()) + 1;
        }

        private static void varint(ByteArrayOutputStream out, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative: " + value);
            }
            while (value >= 0x80) {
                out.write((value & 0x7f) | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }
    }

    private static final class Decoder {

        private static final Maturity[] MATURITIES = Maturity.values();
        private static final LegalKind[] LEGAL_KINDS = LegalKind.values();
        private static final LegalBasis[] LEGAL_BASES = LegalBasis.values();
        private static final Confidence[] CONFIDENCES = Confidence.values();
        private static final ChatPlatform[] CHAT_PLATFORMS = ChatPlatform.values();
        private static final GroupKind[] GROUP_KINDS = GroupKind.values();
        private static final GroupStatus[] GROUP_STATUSES = GroupStatus.values();

        private final byte[] data;
        private final String origin;
        private int position;
        private String[] strings;
        private List<List<Source>> sourceLists;

        Decoder(byte[] data, String origin) {
            this.data = data;
            this.origin = origin;
        }

        Catalog decode() {
            int magic = 0;
            for (int i = 0; i < 4; i++) {
                magic = magic << 8 | (nextByte() & 0xff);
            }
            if (magic != MAGIC) {
                throw damaged(origin);
            }
            strings = new String[count()];
            for (int i = 0; i < strings.length; i++) {
                int length = count();
                strings[i] = new String(data, position, length, StandardCharsets.UTF_8);
                position += length;
            }
            Source[] sources = new Source[count()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = new Source(string(), string(), string());
            }
            int listCount = count();
            sourceLists = new ArrayList<>(listCount);
            for (int i = 0; i < listCount; i++) {
                Source[] items = new Source[count()];
                for (int j = 0; j < items.length; j++) {
                    items[j] = sources[index(varint(), sources.length)];
                }
                sourceLists.add(List.of(items));
            }
            int schemaVersion = varint();
            String asOf = string();
            String generatedFrom = string();
            int projectCount = size();
            List<Project> projects = new ArrayList<>(Math.max(projectCount, 0));
            for (int i = 0; i < projectCount; i++) {
                projects.add(project());
            }
            int groupCount = size();
            List<Group> groups = new ArrayList<>(Math.max(groupCount, 0));
            for (int i = 0; i < groupCount; i++) {
                groups.add(group());
            }
            if (position != data.length) {
                throw damaged(origin);
            }
            return new Catalog(schemaVersion, asOf, generatedFrom, projects, groups);
        }

        private Project project() {
            return new Project(string(), string(), strings(), pick(MATURITIES), string(), string(), string(),
                    string(), string(), string(), strings(), string(), chat(), mailingLists(), strings(), legal(),
                    dates(), successor(), string(), string(), strings(), strings(), string(), sourceMap());
        }

        private Group group() {
            return new Group(string(), string(), strings(), pick(GROUP_KINDS), pick(GROUP_STATUSES), string(),
                    string(), string(), chat(), mailingLists(), successor(), strings(), string(), sourceMap());
        }

        private Legal legal() {
            if (!present()) {
                return null;
            }
            LegalKind kind = pick(LEGAL_KINDS);
            LegalBasis basis = pick(LEGAL_BASES);
            String claName = string();
            String signingUrl = string();
            String bot = string();
            int flags = varint();
            return new Legal(kind, basis, claName, signingUrl, bot, (flags & 1) != 0, pick(CONFIDENCES), (flags & 2) != 0,
                    string());
        }

        private Dates dates() {
            return present() ? new Dates(string(), string(), string(), string()) : null;
        }

        private Successor successor() {
            return present() ? new Successor(string(), string(), string(), string()) : null;
        }

        private List<ChatChannel> chat() {
            int size = size();
            if (size < 0) {
                return null;
            }
            ChatChannel[] channels = new ChatChannel[size];
            for (int i = 0; i < size; i++) {
                channels[i] = new ChatChannel(pick(CHAT_PLATFORMS), string(), string(), string(), string());
            }
            return List.of(channels);
        }

        private List<MailingList> mailingLists() {
            int size = size();
            if (size < 0) {
                return null;
            }
            MailingList[] lists = new MailingList[size];
            for (int i = 0; i < size; i++) {
                lists[i] = new MailingList(string(), string(), string(), string(), string());
            }
            return List.of(lists);
        }

        private Map<String, List<Source>> sourceMap() {
            int size = size();
            if (size < 0) {
                return null;
            }
            Map<String, List<Source>> map = new LinkedHashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                String key = string();
                int list = varint();
                map.put(key, list == 0 ? null : sourceLists.get(index(list, sourceLists.size())));
            }
            return Collections.unmodifiableMap(map);
        }

        private List<String> strings() {
            int size = size();
            if (size < 0) {
                return null;
            }
            String[] items = new String[size];
            for (int i = 0; i < size; i++) {
                items[i] = string();
                if (items[i] == null) {
                    throw damaged(origin); // the encoder never writes a null element
                }
            }
            return List.of(items);
        }

        private <E> E pick(E[] values) {
            int value = varint();
            return value == 0 ? null : values[index(value, values.length)];
        }

        private boolean present() {
            int flag = varint();
            if (flag > 1) {
                throw damaged(origin);
            }
            return flag == 1;
        }

        private String string() {
            int reference = varint();
            return reference == 0 ? null : strings[index(reference, strings.length)];
        }

        /** The table index a reference (index plus one, never 0 here) stands for, checked against the table. */
        private int index(int reference, int tableSize) {
            if (reference < 1 || reference > tableSize) {
                throw damaged(origin);
            }
            return reference - 1;
        }

        /** A stored size plus one: -1 for a null list; bounded by what is left, as every element takes a byte. */
        private int size() {
            int size = varint() - 1;
            if (size > data.length - position) {
                throw damaged(origin);
            }
            return size;
        }

        /** A table's size or a string's length, bounded by what is left so a damaged file cannot ask for gigabytes. */
        private int count() {
            int value = varint();
            if (value > data.length - position) {
                throw damaged(origin);
            }
            return value;
        }

        private int varint() {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                byte b = nextByte();
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    if (value < 0) {
                        throw damaged(origin);
                    }
                    return value;
                }
            }
            throw damaged(origin);
        }

        private byte nextByte() {
            if (position >= data.length) {
                throw damaged(origin);
            }
            return data[position++];
        }
    }
}
