package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private String catalog;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
        catalog = Fixtures.file(home, "catalog-small.json").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"open-policy-agent", "opa", "OPA", "open policy agent", "Open Policy Agent (OPA)", "  Open   Policy Agent "})
    void resolvesIdNameAndAliasInAnyCase(String typed) {
        Result result = cli.run("show", "--catalog", catalog, typed);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Open Policy Agent (OPA) (open-policy-agent)\n");
    }

    @Test
    void cardShowsEveryFieldTheLegalMeaningAndDatedSources() {
        Result result = cli.run("show", "--catalog", catalog, "K8S");

        assertThat(result.out())
                .contains("graduated · Orchestration · Orchestration & Management / Scheduling & Orchestration")
                .contains("Also known as", "k8s")
                .contains("Repository", "https://github.com/kubernetes/kubernetes")
                .contains("Contributor guide", "https://github.com/kubernetes/community/tree/master/contributors/guide")
                .contains("Slack #kubernetes-contributors on Kubernetes Slack — join: https://slack.k8s.io/")
                .contains("Mailing list dev@kubernetes.io — https://groups.google.com/a/kubernetes.io/g/dev")
                .contains("License", "Apache-2.0")
                .contains("CNCF CLA: stated in the project's own files.")
                .contains("In practice: Before your first pull request can be merged you sign the CNCF Contributor License Agreement")
                .contains("accepted 2016-03-10, incubating 2016-03-10, graduated 2018-03-06")
                .contains("Sources (facts checked 2026-11-21; --sources adds what each one says)")
                .contains("legal: https://github.com/kubernetes/community/blob/24e7d8f/CLA.md (2026-08-21)");
    }

    @Test
    void maintainerNotesAndWhatEachSourceSaysOnlyWithSources() {
        Path file = Fixtures.write(home, "noted.json", Fixtures.text("catalog-small.json").replace(
                "\"asOf\": \"2026-11-21\",\n      \"sources\"",
                "\"maintainerNotes\": [\"Read from an older copy of CONTRIBUTING.md.\"],\n      \"asOf\": \"2026-11-21\",\n      \"sources\""));

        Result card = cli.run("show", "--catalog", file.toString(), "k8s");
        Result withSources = cli.run("show", "--catalog", file.toString(), "k8s", "--sources");

        assertThat(card.out()).doesNotContain("Maintainer notes").doesNotContain("older copy");
        assertThat(withSources.out()).contains("Maintainer notes").contains("Read from an older copy of CONTRIBUTING.md.")
                .contains("Sources (facts checked 2026-11-21)\n");
    }

    @Test
    void archivedProjectPointsToItsSuccessor() {
        Result result = cli.run("show", "--catalog", catalog, "rkt");

        assertThat(result.out()).contains("archived").contains("Successor", "containerd ('cncf-contrib show containerd')");
    }

    @Test
    void unknownNameExitsThreeAndSuggestsTheClosest() {
        Result result = cli.run("show", "--catalog", catalog, "kubernets");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: no project named 'kubernets'. Did you mean: kubernetes?\n");
    }

    @Test
    void prefixSuggestsTheProject() {
        Result result = cli.run("show", "--catalog", catalog, "kuber");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("Did you mean: kubernetes?");
    }

    @Test
    void nameFarFromEverythingSuggestsHowToSearch() {
        Result result = cli.run("show", "--catalog", catalog, "zzzzzzzz");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("error: no project named 'zzzzzzzz' (try 'cncf-contrib list --query TEXT')\n");
    }

    @Test
    void aGroupNameIsPointedToTheGroupsCommand() {
        Result result = cli.run("show", "--catalog", catalog, "TAG Infrastructure");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("error: 'TAG Infrastructure' is a community group, not a project: run 'cncf-contrib groups tag-infrastructure'\n");
    }

    @Test
    void jsonIsTheCatalogEntry() throws Exception {
        Result result = cli.run("show", "--catalog", catalog, "nats", "-o", "json");

        JsonNode project = new ObjectMapper().readTree(result.out());
        assertThat(project.get("id").asText()).isEqualTo("nats");
        assertThat(project.get("maturity").asText()).isEqualTo("incubating");
        assertThat(project.at("/legal/kind").asText()).isEqualTo("dco");
    }

    @Test
    void markdownHasHeadingFieldsAndSourceLinks() {
        Result result = cli.run("show", "--catalog", catalog, "kubernetes", "-o", "markdown");

        assertThat(result.out()).startsWith("## Kubernetes (kubernetes)\n")
                .contains("- **Legal:**")
                .contains("### Sources (facts checked 2026-11-21)")
                .contains("[https://github.com/cncf/landscape/blob/153d699/landscape.yml](https://github.com/cncf/landscape/blob/153d699/landscape.yml)");
    }

    @Test
    void missingProjectArgumentIsAUsageError() {
        Result result = cli.run("show", "--catalog", catalog);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("PROJECT").contains("cncf-contrib show --help");
    }

    @Test
    void theLegalLineSaysOnlyWhatTheFilesSupport() {
        assertThat(cli.run("show", "prometheus").out()).contains("Read: https://developercertificate.org/")
                .doesNotContain("Sign or read: https://developercertificate.org/").doesNotContain("A bot checks every commit");
        assertThat(cli.run("show", "agones").out()).contains("What to do: The project's files disagree")
                .doesNotContain("In practice: Both");
        assertThat(cli.run("show", "brigade").out()).contains("While it was active: Every commit must carry");
        assertThat(cli.run("show", "istio").out()).contains("In practice: Before your first pull request can be merged you sign the CNCF")
                .contains("EasyCLA's bot comments on your first pull request");
    }
}
