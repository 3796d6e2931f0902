package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private String catalog;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
        catalog = Fixtures.file(home, "catalog-small.json").toString();
    }

    private static List<String> ids(String json) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode project : new ObjectMapper().readTree(json)) {
            ids.add(project.get("id").asText());
        }
        return ids;
    }

    @Test
    void tableListsCurrentProjectsAndHidesArchivedOnes() {
        Result result = cli.run("list", "--catalog", catalog);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines().findFirst()).hasValueSatisfying(header ->
                assertThat(header.split("\\s{2,}")).containsExactly("ID", "NAME", "MATURITY", "FOCUS", "LEGAL", "CHAT"));
        assertThat(result.out()).contains("kubernetes", "Open Policy Agent (OPA)", "nats").doesNotContain("rkt");
        assertThat(result.out()).contains("CNCF CLA").contains("DCO");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void archivedProjectsAppearWhenAskedFor() throws Exception {
        Result result = cli.run("list", "--catalog", catalog, "--maturity", "archived", "-o", "json");

        assertThat(ids(result.out())).containsExactly("rkt");
    }

    @Test
    void maturityIsCaseInsensitiveRepeatableAndCommaSeparated() throws Exception {
        assertThat(ids(cli.run("list", "--catalog", catalog, "-m", "INCUBATING", "-o", "json").out())).containsExactly("nats");
        assertThat(ids(cli.run("list", "--catalog", catalog, "-m", "incubating", "-m", "Graduated", "-o", "json").out()))
                .containsExactly("kubernetes", "open-policy-agent", "nats");
        assertThat(ids(cli.run("list", "--catalog", catalog, "-m", "incubating,archived", "-o", "json").out()))
                .containsExactly("nats", "rkt");
    }

    @Test
    void jsonCarriesTheWholeEntry() throws Exception {
        Result result = cli.run("list", "--catalog", catalog, "-o", "json");

        JsonNode first = new ObjectMapper().readTree(result.out()).get(0);
        assertThat(first.get("id").asText()).isEqualTo("kubernetes");
        assertThat(first.get("name").asText()).isEqualTo("Kubernetes");
        assertThat(first.get("maturity").asText()).isEqualTo("graduated");
        assertThat(first.at("/legal/kind").asText()).isEqualTo("cncf-cla");
        assertThat(first.at("/chat/0/url").asText()).isEqualTo("https://slack.k8s.io/");
        assertThat(first.at("/sources/legal/0/date").asText()).isEqualTo("2026-08-21");
    }

    @Test
    void filtersByFocusLegalChatAndQuery() throws Exception {
        assertThat(ids(cli.run("list", "--catalog", catalog, "--focus", "POLICY", "-o", "json").out()))
                .containsExactly("open-policy-agent");
        assertThat(ids(cli.run("list", "--catalog", catalog, "--focus", "scheduling", "-o", "json").out()))
                .as("focus also matches the landscape category").containsExactly("kubernetes");
        assertThat(ids(cli.run("list", "--catalog", catalog, "--legal", "CNCF-CLA", "-o", "json").out()))
                .containsExactly("kubernetes");
        assertThat(ids(cli.run("list", "--catalog", catalog, "--legal", "dco", "--chat", "slack", "-o", "json").out()))
                .containsExactly("open-policy-agent", "nats");
        assertThat(ids(cli.run("list", "--catalog", catalog, "--query", "k8s", "-o", "json").out()))
                .as("query matches aliases").containsExactly("kubernetes");
        assertThat(ids(cli.run("list", "--catalog", catalog, "--query", "messaging", "-o", "json").out()))
                .as("query matches descriptions").containsExactly("nats");
    }

    @Test
    void noMatchExitsZeroWithEmptyStdoutAndANoteOnStderr() {
        Result result = cli.run("list", "--catalog", catalog, "--chat", "discord");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("No projects match these filters.\n");
    }

    @Test
    void csvQuotesCellsWithCommas() {
        Result result = cli.run("list", "--catalog", catalog, "-o", "csv");

        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,name,maturity,focus,legal,legal_basis,legal_confidence,cla_name,legal_conflicting,"
                + "chat,repository,default_branch,contributor_guide");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("kubernetes,Kubernetes,graduated,Orchestration,cncf-cla,project-docs,,,false,slack,"
                + "https://github.com/kubernetes/kubernetes,");
        assertThat(result.out()).doesNotContain("\r");
    }

    @Test
    void markdownIsATableWithLinks() {
        Result result = cli.run("list", "--catalog", catalog, "-o", "markdown");

        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("| Project | Maturity | Focus | Legal | Chat |");
        assertThat(lines.get(1)).isEqualTo("| --- | --- | --- | --- | --- |");
        assertThat(lines.get(2)).startsWith("| [Kubernetes](https://github.com/kubernetes/kubernetes) | graduated |");
    }

    @Test
    void tableFitsANarrowTerminal() {
        Result result = cli.terminal(60, false).run("list", "--catalog", catalog);

        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(result.out()).contains("…");
    }

    @Test
    void pipedTableIsNeitherTruncatedNorColoured() {
        Result result = cli.run("list", "--catalog", catalog);

        assertThat(result.out()).doesNotContain("…").doesNotContain("\u001b[");
    }

    @Test
    void colourOnlyWhenTheTerminalAllowsIt() {
        assertThat(cli.terminal(120, true).run("list", "--catalog", catalog).out()).contains("\u001b[1m", "\u001b[32mgraduated");
        assertThat(cli.terminal(120, false).run("list", "--catalog", catalog).out()).doesNotContain("\u001b[");
    }

    @Test
    void anUnstatedRequirementIsUnknownNotDcoAndExplainedUnderTheTable() {
        String json = Fixtures.text("catalog-small.json");
        int nats = json.indexOf("\"id\": \"nats\"");
        int legal = json.indexOf("\"legal\"", nats);
        int end = json.indexOf('}', legal);
        String unstated = json.substring(0, legal) + "\"legal\": {\"kind\": \"unknown\", \"basis\": \"not-stated\"" + json.substring(end);
        String file = Fixtures.write(home, "unstated.json", unstated).toString();

        Result table = cli.run("list", "--catalog", file);
        Result markdown = cli.run("list", "--catalog", file, "-o", "markdown");

        assertThat(table.out()).containsPattern("nats .* unknown  ").doesNotContainPattern("nats .* DCO")
                .endsWith("unknown: the project's files state no requirement (or were not read yet); 'cncf-contrib show ID' says what to do\n");
        assertThat(markdown.out()).contains("| unknown |").contains("unknown: the project's files state no requirement");
        assertThat(cli.run("list", "--catalog", catalog).out()).doesNotContain("state no requirement");
    }

    @Test
    void aCatalogOfTheFirstSchemaNeverPassesTheCharterDefaultOffAsTheProjectsRule() {
        String json = Fixtures.text("catalog-small.json").replace("\"schemaVersion\": 2", "\"schemaVersion\": 1");
        int nats = json.indexOf("\"id\": \"nats\"");
        int basis = json.indexOf("project-docs", nats);
        String legacy = json.substring(0, basis) + "charter-default" + json.substring(basis + "project-docs".length());
        String file = Fixtures.write(home, "legacy.json", legacy).toString();

        Result table = cli.run("list", "--catalog", file);

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).containsPattern("nats .* unknown  ").containsPattern("open-policy-agent .* DCO  ");
        assertThat(cli.run("show", "--catalog", file, "nats").out()).contains("Unknown: nobody has read the project's files for it yet")
                .contains("catalog update");
    }

    @Test
    void legalFiltersSelectByWhatMustBeSigned() {
        String file = Fixtures.file(home, "catalog-wizard.json").toString();

        assertThat(ids(cli.run("list", "--catalog", file, "--legal", "cla", "-o", "csv")))
                .containsExactlyInAnyOrder("kubernetes", "googly", "vmwary", "othery", "torn");
        assertThat(ids(cli.run("list", "--catalog", file, "--legal", "dco", "-o", "csv")))
                .containsExactlyInAnyOrder("open-policy-agent", "nats", "containerd");
        assertThat(ids(cli.run("list", "--catalog", file, "--legal", "unknown", "-o", "csv"))).containsExactly("silent");
        assertThat(ids(cli.run("list", "--catalog", file, "--legal", "dco-and-cla", "-o", "csv"))).containsExactly("torn");
        Result table = cli.run("list", "--catalog", file, "--legal", "dco-and-cla");
        assertThat(table.out()).containsPattern("torn .* DCO \\+ CLA!").contains("! the project's files disagree");
    }

    private static List<String> ids(Result csv) {
        return csv.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void badMaturityIsAUsageErrorNamingTheValidValues() {
        Result result = cli.run("list", "--catalog", catalog, "--maturity", "bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("bogus", "graduated, incubating, sandbox, archived");
    }

    @Test
    void badOutputFormatNamesTheFormats() {
        Result result = cli.run("list", "--catalog", catalog, "-o", "yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("table, json, csv, markdown");
    }
}
