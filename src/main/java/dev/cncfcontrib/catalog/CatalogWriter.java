package dev.cncfcontrib.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.text.JsonOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes catalog entries as JSON in the catalog file's own layout: the field order of the schema, absent and
 * empty fields left out. {@code list -o json} and {@code show -o json} print exactly what the catalog holds.
 */
public final class CatalogWriter {

    private final JsonGenerator json;

    public CatalogWriter(JsonGenerator json) {
        this.json = json;
    }

    /** The catalog file's bytes: UTF-8, the layout of {@link JsonOutput}, a final newline. Same catalog, same bytes. */
    public static byte[] bytes(Catalog catalog) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JsonOutput.generator(text)) {
            new CatalogWriter(generator).catalog(catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        text.append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public void catalog(Catalog catalog) throws IOException {
        json.writeStartObject();
        // the records are today's model whatever layout they were read from
        json.writeNumberField("schemaVersion", Catalog.SUPPORTED_SCHEMA_VERSION);
        field("asOf", catalog.asOf());
        field("generatedFrom", catalog.generatedFrom());
        json.writeArrayFieldStart("projects");
        for (Project project : catalog.projects()) {
            project(project);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("groups");
        for (Group group : catalog.groups()) {
            group(group);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    public void projects(List<Project> projects) throws IOException {
        json.writeStartArray();
        for (Project project : projects) {
            project(project);
        }
        json.writeEndArray();
    }

    public void groups(List<Group> groups) throws IOException {
        json.writeStartArray();
        for (Group group : groups) {
            group(group);
        }
        json.writeEndArray();
    }

    public void project(Project p) throws IOException {
        json.writeStartObject();
        field("id", p.id());
        field("name", p.name());
        strings("aliases", p.aliases());
        field("maturity", p.maturity().id());
        field("focus", p.focus());
        field("category", p.category());
        field("description", p.description());
        field("homepage", p.homepage());
        field("repository", p.repository());
        field("defaultBranch", p.defaultBranch());
        strings("additionalRepositories", p.additionalRepositories());
        field("contributorGuide", p.contributorGuide());
        chat(p.chat());
        mailingLists(p.mailingLists());
        strings("licenses", p.licenses());
        legal(p.legal());
        dates(p.dates());
        successor(p.successor());
        field("lastCommit", p.lastCommit());
        field("clomonitorName", p.clomonitorName());
        strings("notes", p.notes());
        strings("maintainerNotes", p.maintainerNotes());
        field("asOf", p.asOf());
        sources(p.sources());
        json.writeEndObject();
    }

    public void group(Group g) throws IOException {
        json.writeStartObject();
        field("id", g.id());
        field("name", g.name());
        strings("aliases", g.aliases());
        field("kind", g.kind().id());
        field("status", g.status().id());
        field("description", g.description());
        field("url", g.url());
        field("howToJoin", g.howToJoin());
        chat(g.chat());
        mailingLists(g.mailingLists());
        successor(g.successor());
        strings("notes", g.notes());
        field("asOf", g.asOf());
        sources(g.sources());
        json.writeEndObject();
    }

    private void chat(List<ChatChannel> channels) throws IOException {
        if (channels.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("chat");
        for (ChatChannel c : channels) {
            json.writeStartObject();
            field("platform", c.platform().id());
            field("workspace", c.workspace());
            field("channel", c.channel());
            field("url", c.url());
            field("note", c.note());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void mailingLists(List<MailingList> lists) throws IOException {
        if (lists.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("mailingLists");
        for (MailingList m : lists) {
            json.writeStartObject();
            field("kind", m.kind());
            field("name", m.name());
            field("address", m.address());
            field("url", m.url());
            field("note", m.note());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void legal(Legal legal) throws IOException {
        json.writeObjectFieldStart("legal");
        field("kind", legal.kind().id());
        field("basis", legal.basis().id());
        field("claName", legal.claName());
        field("signingUrl", legal.signingUrl());
        field("bot", legal.bot());
        if (legal.signedCommits()) {
            json.writeBooleanField("signedCommits", true);
        }
        field("confidence", legal.confidence() == null ? null : legal.confidence().id());
        if (legal.conflicting()) {
            json.writeBooleanField("conflicting", true);
        }
        field("note", legal.note());
        json.writeEndObject();
    }

    private void dates(Dates dates) throws IOException {
        if (dates == null || dates.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("dates");
        field("accepted", dates.accepted());
        field("incubating", dates.incubating());
        field("graduated", dates.graduated());
        field("archived", dates.archived());
        json.writeEndObject();
    }

    private void successor(Successor successor) throws IOException {
        if (successor == null) {
            return;
        }
        json.writeObjectFieldStart("successor");
        field("id", successor.id());
        field("name", successor.name());
        field("url", successor.url());
        field("note", successor.note());
        json.writeEndObject();
    }

    /**
     * Fields with the same sources share one key ("name,maturity,dates"): most facts of an imported project come
     * from one landscape item, and writing it once per field made the catalog twice as long, which every start
     * of the program pays for in parsing.
     */
    private void sources(Map<String, List<Source>> sources) throws IOException {
        Map<List<Source>, List<String>> fieldsBySources = new LinkedHashMap<>();
        for (Map.Entry<String, List<Source>> field : sources.entrySet()) {
            fieldsBySources.computeIfAbsent(field.getValue(), list -> new ArrayList<>()).add(field.getKey());
        }
        json.writeObjectFieldStart("sources");
        for (Map.Entry<List<Source>, List<String>> shared : fieldsBySources.entrySet()) {
            json.writeArrayFieldStart(String.join(",", shared.getValue()));
            for (Source source : shared.getKey()) {
                json.writeStartObject();
                field("url", source.url());
                field("date", source.date());
                field("note", source.note());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void strings(String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void field(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
