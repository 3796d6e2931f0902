package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private String catalog;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
        catalog = Fixtures.file(home, "catalog-small.json").toString();
    }

    @Test
    void tableShowsKindStatusAndWhereMergedGroupsWent() {
        Result result = cli.run("groups", "--catalog", catalog);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("tag-infrastructure", "TAG Infrastructure", "tag", "active")
                .contains("wg-gitops", "merged -> opengitops");
    }

    @Test
    void aSlackChannelKnownOnlyByItsIdIsShownAsAChannelWithItsLinkNeverAsTheId() {
        Result table = cli.run("groups");
        Result card = cli.run("groups", "tag-infrastructure");

        assertThat(table.out()).containsPattern("tag-infrastructure .* Slack: a channel on CNCF Slack")
                .doesNotContainPattern("\\bC0[0-9A-Z]{9}\\b");
        assertThat(card.out()).contains("Slack: a channel on CNCF Slack — join: https://cloud-native.slack.com/archives/C08KBH3RA1K");
    }

    @Test
    void kindAndActiveFilters() throws Exception {
        var mapper = new ObjectMapper();
        assertThat(mapper.readTree(cli.run("groups", "--catalog", catalog, "--kind", "working-group", "-o", "json").out()))
                .hasSize(1).first().satisfies(group -> assertThat(group.get("id").asText()).isEqualTo("wg-gitops"));
        assertThat(mapper.readTree(cli.run("groups", "--catalog", catalog, "--active", "-o", "json").out()))
                .hasSize(1).first().satisfies(group -> assertThat(group.get("id").asText()).isEqualTo("tag-infrastructure"));
    }

    @Test
    void nameShowsTheGroupCard() {
        Result result = cli.run("groups", "--catalog", catalog, "GitOps Working Group");

        assertThat(result.out()).startsWith("GitOps Working Group (wg-gitops)\n")
                .contains("working group · merged")
                .contains("Successor", "OpenGitOps ('cncf-contrib show opengitops')");
    }

    @Test
    void unknownGroupExitsThreeWithSuggestion() {
        Result result = cli.run("groups", "--catalog", catalog, "tag-infrastructur");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("error: no group named 'tag-infrastructur'. Did you mean: tag-infrastructure?\n");
    }

    @Test
    void csvOfASingleGroupIsAUsageError() {
        Result result = cli.run("groups", "--catalog", catalog, "wg-gitops", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("csv is for lists");
    }

    @Test
    void csvAndMarkdown() {
        assertThat(cli.run("groups", "--catalog", catalog, "-o", "csv").out().lines())
                .first().isEqualTo("id,name,kind,status,url,chat");
        assertThat(cli.run("groups", "--catalog", catalog, "-o", "markdown").out())
                .startsWith("| Group | Kind | Status | Chat |\n| --- | --- | --- | --- |\n| [TAG Infrastructure](");
    }
}
