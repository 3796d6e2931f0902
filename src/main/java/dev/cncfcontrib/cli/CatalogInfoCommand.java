package dev.cncfcontrib.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogLoader;
import dev.cncfcontrib.catalog.CatalogStore;
import dev.cncfcontrib.catalog.Coverage;
import dev.cncfcontrib.catalog.LegalBasis;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.text.JsonOutput;
import dev.cncfcontrib.text.Table;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

final class CatalogInfoCommand extends CliCommand {

    private final Arg<Values.ReportFormat> output = outputFormat(Values.ReportFormat.class, "text");

    CatalogInfoCommand(Context context) {
        super(context, "info",
                "Which catalog is in use (bundled, updated by 'catalog update', or --catalog FILE), where its data "
                + "comes from and how old it is, its SHA-256, its projects by maturity and by legal requirement, and its "
                + "coverage: how many projects of each maturity have a legal requirement read in their own files, a "
                + "guide, a chat, a list, a description and a default branch.");
        examples(
                "  cncf-contrib catalog info",
                "  cncf-contrib catalog info -o json",
                "  cncf-contrib catalog info --catalog my-catalog.json");
    }

    @Override
    public Integer call() throws IOException {
        CatalogLoader.Loaded loaded = context.catalog();
        Catalog catalog = loaded.catalog();
        // the very file the catalog was read from, and the note beside it: an update running meanwhile cannot
        // make this describe another catalog than the one in use
        byte[] bytes = loaded.read() == null ? context.catalogLoader().bundledBytes() : Files.readAllBytes(loaded.read());
        CatalogStore.Origin origin = null;
        if (loaded.kind() == CatalogLoader.Kind.UPDATED) {
            CatalogStore store = context.catalogStore();
            origin = store == null ? null : store.origin(loaded.read());
        }
        if (output.value() == Values.ReportFormat.JSON) {
            json(loaded, origin, sha256(bytes));
            return ExitCodes.OK;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Catalog", switch (loaded.kind()) {
            case BUNDLED -> "bundled with cncf-contrib";
            case UPDATED -> "updated: " + loaded.file();
            case FILE -> "file: " + loaded.file();
        }});
        if (loaded.notice() != null) {
            rows.add(new String[] {"Note", loaded.notice()});
        }
        rows.add(new String[] {"Data", catalog.generatedFrom() == null ? "(not stated)" : catalog.generatedFrom()});
        rows.add(new String[] {"As of", catalog.asOf()});
        if (origin != null) {
            rows.add(new String[] {"Updated", (origin.fetched() == null ? "" : origin.fetched() + " ") + "from " + origin.source()});
        }
        rows.add(new String[] {"SHA-256", sha256(bytes)});
        Map<Maturity, Integer> maturities = CatalogSummary.byMaturity(catalog);
        List<String> parts = new ArrayList<>();
        maturities.forEach((maturity, count) -> parts.add(count + " " + maturity.id()));
        rows.add(new String[] {"Projects", catalog.projects().size() + ": " + String.join(", ", parts)});
        rows.add(new String[] {"Legal", legal(catalog)});
        rows.add(new String[] {"Groups", String.valueOf(catalog.groups().size())});

        Io io = context.io();
        for (String[] row : rows) {
            io.out().println(io.style().bold(String.format("%-9s", row[0])) + " " + TerminalText.line(row[1]));
        }
        io.out().println();
        io.out().print(coverageTable(Coverage.of(catalog.projects()), io));
        return ExitCodes.OK;
    }

    /**
     * What the catalog knows of what a newcomer needs, by maturity. LEGAL READ counts the projects whose files were
     * read for their rule (NOT STATED of them state none); NO CHAT the projects whose files say there is no chat.
     */
    private static String coverageTable(Map<Maturity, Coverage> coverage, Io io) {
        Table table = new Table("COVERAGE", "PROJECTS", "LEGAL READ", "NOT STATED", "GUIDE", "CHAT", "NO CHAT",
                "CHANNEL", "LIST", "DESCRIPTION", "BRANCH");
        coverage.forEach((maturity, c) -> table.row(maturity.id(), String.valueOf(c.projects()),
                String.valueOf(c.legalRead()), String.valueOf(c.legalNotStated()), String.valueOf(c.guide()),
                String.valueOf(c.chat()), String.valueOf(c.chatStatedNone()), String.valueOf(c.chatChannel()),
                String.valueOf(c.list()), String.valueOf(c.description()), String.valueOf(c.defaultBranch())));
        return table.render(io.width(), io.style());
    }

    /** The same facts for scripts: counts as numbers, absent facts as null. */
    private void json(CatalogLoader.Loaded loaded, CatalogStore.Origin origin, String sha256) throws IOException {
        Catalog catalog = loaded.catalog();
        PrintWriter out = context.io().out();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("kind", loaded.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("file", loaded.file() == null ? null : loaded.file().toString());
            if (loaded.notice() != null) {
                json.writeStringField("note", loaded.notice());
            }
            json.writeStringField("generatedFrom", catalog.generatedFrom());
            json.writeStringField("asOf", catalog.asOf());
            if (origin != null) {
                json.writeObjectFieldStart("updated");
                json.writeStringField("source", origin.source());
                json.writeStringField("fetched", origin.fetched());
                json.writeEndObject();
            }
            json.writeStringField("sha256", sha256);
            json.writeNumberField("projects", catalog.projects().size());
            json.writeObjectFieldStart("maturity");
            for (Map.Entry<Maturity, Integer> entry : CatalogSummary.byMaturity(catalog).entrySet()) {
                json.writeNumberField(entry.getKey().id(), entry.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("legal");
            for (Map.Entry<LegalKind, Integer> entry : CatalogSummary.byLegalKind(catalog).entrySet()) {
                json.writeNumberField(entry.getKey().id(), entry.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("coverage");
            for (Map.Entry<Maturity, Coverage> entry : Coverage.of(catalog.projects()).entrySet()) {
                Coverage c = entry.getValue();
                json.writeObjectFieldStart(entry.getKey().id());
                json.writeNumberField("projects", c.projects());
                json.writeNumberField("legalStated", c.legalStated());
                json.writeNumberField("legalNotStated", c.legalNotStated());
                json.writeNumberField("guide", c.guide());
                json.writeNumberField("chat", c.chat());
                json.writeNumberField("chatStatedNone", c.chatStatedNone());
                json.writeNumberField("chatChannel", c.chatChannel());
                json.writeNumberField("list", c.list());
                json.writeNumberField("description", c.description());
                json.writeNumberField("defaultBranch", c.defaultBranch());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeNumberField("groups", catalog.groups().size());
            json.writeEndObject();
        }
        out.println();
    }

    /** "180 dco, 12 cncf-cla, 9 other-cla, 4 dco-and-cla, 30 unknown (28 not stated, 2 not read)". */
    private static String legal(Catalog catalog) {
        int notStated = 0;
        for (Project project : catalog.projects()) {
            notStated += project.legal().basis() == LegalBasis.NOT_STATED ? 1 : 0;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<LegalKind, Integer> entry : CatalogSummary.byLegalKind(catalog).entrySet()) {
            String part = entry.getValue() + " " + entry.getKey().id();
            if (entry.getKey() == LegalKind.UNKNOWN) {
                int notRead = entry.getValue() - notStated;
                part += notRead == 0 ? " (not stated by the project)"
                        : " (" + notStated + " not stated by the project, " + notRead + " not read yet)";
            }
            parts.add(part);
        }
        return String.join(", ", parts);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
