package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog info, diff, validate and import, and the other commands on the full bundled catalog. */
class CatalogCommandsTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
    }

    @Test
    void listShowsThe38IncubatingProjectsOfTheLandscape() {
        Result result = cli.run("list", "--maturity", "incubating", "-o", "csv");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines().skip(1)).hasSize(38).allSatisfy(line -> assertThat(line).contains(",incubating,"));
        assertThat(result.out()).contains("cni,", "grpc,", "nats,", "notary-project,");
    }

    @Test
    void theSkeletonCommandsWorkOnTheFullCatalog() {
        assertThat(cli.run("show", "k8s").out()).contains("Kubernetes (kubernetes)").contains("CNCF CLA");
        Result imported = cli.run("show", "kubeedge");
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("DCO sign-off and CNCF CLA: stated in the project's own files")
                .contains("What to do: The project's files disagree").contains("landscape.yml#L");
        Result unstated = cli.run("show", "volcano");
        assertThat(unstated.out()).contains("Not stated: the project's own files were read and state no requirement")
                .contains("What to do:").doesNotContain("charter");
        assertThat(cli.run("list", "--maturity", "archived", "-o", "csv").out().lines().skip(1)).hasSize(28);
        assertThat(cli.run("groups", "--kind", "tag").exitCode()).isZero();
    }

    @Test
    void infoDescribesTheBundledCatalog() {
        Result result = cli.run("catalog", "info");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("bundled with cncf-contrib")
                .contains("255: 38 graduated, 38 incubating, 151 sandbox, 28 archived")
                .contains("cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441")
                .containsPattern("\\d+ cncf-cla").containsPattern("\\d+ unknown \\(not stated by the project\\)") // every project's files have been read
                .containsPattern("archived\\s+28\\s+28\\s+")
                .containsPattern("SHA-256\\s+[0-9a-f]{64}")
                .containsPattern("graduated\\s+38\\s+38\\s+\\d+\\s+38");
    }

    @Test
    void infoNamesAFileGivenWithCatalog() {
        Path file = Fixtures.file(home, "catalog-small.json");

        Result result = cli.run("catalog", "info", "--catalog", file.toString());

        assertThat(result.out()).contains("file: " + file).contains("4: 2 graduated, 1 incubating, 0 sandbox, 1 archived");
    }

    @Test
    void infoAsJsonGivesTheSameFactsAsNumbers() throws Exception {
        Path file = Fixtures.file(home, "catalog-small.json");

        Result result = cli.run("catalog", "info", "--catalog", file.toString(), "-o", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("kind").asText()).isEqualTo("file");
        assertThat(json.get("file").asText()).isEqualTo(file.toString());
        assertThat(json.get("projects").asInt()).isEqualTo(4);
        assertThat(json.get("maturity").get("graduated").asInt()).isEqualTo(2);
        assertThat(json.get("maturity").get("archived").asInt()).isEqualTo(1);
        assertThat(json.get("sha256").asText()).hasSize(64).matches("[0-9a-f]+");
        assertThat(json.get("groups").isInt()).isTrue();
    }

    @Test
    void diffReportsAddedRemovedArchivedPromotedAndChangedChannels() throws Exception {
        Path old = Fixtures.file(home, "catalog-small.json");
        String changed = Fixtures.text("catalog-small.json")
                .replace("\"maturity\": \"incubating\"", "\"maturity\": \"graduated\"")
                .replace("https://slack.openpolicyagent.org/", "https://slack.cncf.io/")
                .replace("\"id\": \"kubernetes\"", "\"id\": \"kubernetes-renamed\"");
        Path newer = Fixtures.write(home, "new.json", changed);

        Result text = cli.run("catalog", "diff", old.toString(), newer.toString());
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("Added (1):\n  kubernetes-renamed").contains("Removed (1):\n  kubernetes")
                .contains("Promoted (1):\n  nats: incubating -> graduated")
                .contains("Chat changed (1):\n  open-policy-agent: slack #contributors https://slack.openpolicyagent.org/ -> slack #contributors https://slack.cncf.io/");

        JsonNode json = new ObjectMapper().readTree(cli.run("catalog", "diff", old.toString(), newer.toString(), "-o", "json").out());
        assertThat(json.get("promoted").get(0).get("after").asText()).isEqualTo("graduated");
        assertThat(json.get("added").get(0).get("id").asText()).isEqualTo("kubernetes-renamed");
        assertThat(json.get("archived")).isEmpty();
    }

    @Test
    void diffAsMarkdownHasAHeadingPerChangeAndEscapesNames() {
        Path old = Fixtures.file(home, "catalog-small.json");
        String changed = Fixtures.text("catalog-small.json")
                .replace("\"maturity\": \"incubating\"", "\"maturity\": \"graduated\"")
                .replace("\"id\": \"kubernetes\"", "\"id\": \"kubernetes-renamed\"")
                .replace("\"name\": \"Kubernetes\"", "\"name\": \"K8s *bold* [x](javascript:y)\"");
        Path newer = Fixtures.write(home, "new.json", changed);

        Result markdown = cli.run("catalog", "diff", old.toString(), newer.toString(), "-o", "markdown");

        assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
        assertThat(markdown.out()).startsWith("### Added (1)\n\n- **K8s \\*bold\\* \\[x\\](javascript:y)** (kubernetes-renamed)\n")
                .contains("\n### Promoted (1)\n\n- **nats**: incubating → graduated\n")
                .doesNotContain("Promoted (1):");
    }

    @Test
    void diffOfACatalogWithItselfSaysNoChanges() {
        Path file = Fixtures.file(home, "catalog-small.json");

        assertThat(cli.run("catalog", "diff", file.toString(), file.toString()).out()).isEqualTo("No changes to projects.\n");
    }

    @Test
    void validateAcceptsAValidCatalog() {
        Path file = Fixtures.file(home, "catalog-small.json");

        Result result = cli.run("catalog", "validate", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("a valid catalog");
    }

    @Test
    void validateReportsSchemaErrorsAtTheirLineAndColumn() {
        String broken = Fixtures.text("catalog-small.json").replace("\"maturity\": \"graduated\"", "\"maturity\": \"graduating\"")
                .replace("\"url\": \"https://slack.k8s.io/\"", "\"url\": \"slack.k8s.io\"");
        Path file = Fixtures.write(home, "broken.json", broken);

        Result result = cli.run("catalog", "validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).contains(file + ":10:19: ").contains("maturity").contains(file + ":17:").contains("chat");
        assertThat(result.err()).hasLineCount(1).contains("not a valid catalog");
    }

    @Test
    void validateReportsMalformedJson() {
        Path file = Fixtures.write(home, "malformed.json", "{\n  \"schemaVersion\": 1,\n  \"projects\": [\n");

        Result result = cli.run("catalog", "validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).contains(file + ":").contains("malformed JSON");
    }

    @Test
    void importWritesTheCatalogFileAndReportsUnusedOverlayEntries() throws Exception {
        Path landscape = Fixtures.file(home, "landscape-small.yml");
        Path overlay = Fixtures.file(home, "overlay-small.json");
        Path out = home.resolve("out/catalog.json");

        Result result = cli.run("catalog", "import", "--landscape", landscape.toString(), "--overlay", overlay.toString(), "-o", out.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("warning: overlay entry 'vanished'").contains("Imported 4 projects");
        assertThat(cli.run("list", "--catalog", out.toString(), "-o", "csv").out()).contains("kept,Kept Project,incubating");
        byte[] first = Files.readAllBytes(out);
        cli.run("catalog", "import", "--landscape", landscape.toString(), "--overlay", overlay.toString(), "-o", out.toString());
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
    }

    @Test
    void importCanCiteAnotherLandscapeSource() {
        Path landscape = Fixtures.file(home, "landscape-small.yml");

        Result result = cli.run("catalog", "import", "--landscape", landscape.toString(), "--landscape-url",
                "https://example.org/landscape.yml", "--landscape-date", "2026-10-01");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\"url\": \"https://example.org/landscape.yml\"").contains("\"date\": \"2026-10-01\"");
        assertThat(cli.run("catalog", "import", "--landscape", landscape.toString(), "--landscape-date", "1 Oct").exitCode()).isEqualTo(2);
    }

    @Test
    void importOfAMissingFileIsADataError() {
        Result result = cli.run("catalog", "import", "--landscape", home.resolve("nope.yml").toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).hasLineCount(1).contains("no such file");
    }
}
