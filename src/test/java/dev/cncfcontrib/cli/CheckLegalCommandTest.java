package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check legal} on clones whose own files state a DCO, a CLA, both, or nothing. */
class CheckLegalCommandTest {

    @TempDir
    Path home;

    private GitRepo repo;
    private String catalog;

    @BeforeEach
    void setUp() {
        repo = GitRepo.init(home.resolve("repo"), home);
        catalog = Fixtures.file(home, "catalog-legal.json").toString();
    }

    private void write(String path, String content) {
        try {
            Path file = repo.dir().resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result legal(String... extra) {
        List<String> args = new ArrayList<>(List.of("--catalog", catalog, "check", "legal", "--repo", repo.dir().toString()));
        Collections.addAll(args, extra);
        return GitRepo.cli(home).run(args.toArray(String[]::new));
    }

    private JsonNode json(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(List.of("-o", "json"));
        Result result = legal(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void aCloneWhoseFilesAskForADcoSaysSoWithFileAndLine() throws Exception {
        write("CONTRIBUTING.md", "# Contributing\n\nEvery commit must be signed off (git commit -s), certifying the\n"
                + "Developer Certificate of Origin.\n");
        write(".github/dco.yml", "allowRemediationCommits:\n  individual: true\n");

        JsonNode report = json();
        Result text = legal();

        assertThat(fieldNames(report)).containsExactly("project", "catalog", "clone", "verdict");
        assertThat(fieldNames(report.get("clone"))).containsExactly("kind", "evidence", "signedOff");
        assertThat(fieldNames(report.get("verdict"))).containsExactly("kind", "why");
        assertThat(report.get("project").isNull()).isTrue();
        assertThat(report.at("/clone/kind").asText()).isEqualTo("dco");
        assertThat(report.at("/clone/evidence/0/path").asText()).isEqualTo("CONTRIBUTING.md");
        assertThat(report.at("/clone/evidence/0/line").asInt()).isEqualTo(3);
        assertThat(report.at("/clone/evidence/0/text").asText()).isEqualTo("Every commit must be signed off (git commit -s), certifying the");
        assertThat(fieldNames(report.at("/clone/evidence/0"))).containsExactly("path", "line", "text");
        assertThat(report.get("clone").get("evidence").findValuesAsText("path")).contains(".github/dco.yml");
        assertThat(report.at("/verdict/kind").asText()).isEqualTo("dco");
        assertThat(text.out()).contains("  clone      dco\n             CONTRIBUTING.md:3  Every commit must be signed off")
                .contains("             .github/dco.yml:1  allowRemediationCommits:");
    }

    @Test
    void aCloneWhoseFilesAskForTheCncfClaInPreferenceToTheDco() throws Exception {
        write("docs/CONTRIBUTING.md", "We have chosen the CNCF Contributor License Agreement in preference to the DCO.\n"
                + "Before your pull request can merge, sign the CLA through EasyCLA.\n");

        JsonNode report = json("--project", "clacorp");

        assertThat(report.at("/project").asText()).isEqualTo("clacorp");
        assertThat(report.at("/catalog/kind").asText()).isEqualTo("cncf-cla");
        assertThat(report.at("/catalog/basis").asText()).isEqualTo("project-docs");
        assertThat(report.at("/clone/kind").asText()).isEqualTo("cncf-cla");
        assertThat(report.at("/clone/evidence/0/path").asText()).isEqualTo("docs/CONTRIBUTING.md");
        assertThat(report.at("/verdict/kind").asText()).isEqualTo("cncf-cla");
        assertThat(report.at("/verdict/why").asText()).contains("this clone's files agree (docs/CONTRIBUTING.md:1)")
                .doesNotContain("report it");
    }

    @Test
    void aCloneAskingForBothADcoAndAGoogleCla() throws Exception {
        write(".github/CONTRIBUTING.md", "Sign off your commits: every commit needs a Signed-off-by line.\n");
        write("CLA.md", "# Google Individual CLA\n\nSign it at https://cla.developers.google.com/ before your first pull request.\n");
        write(".github/workflows/dco.yml", "name: DCO\non: pull_request\njobs:\n  dco:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - uses: tisonkun/actions-dco@v1.1\n");

        JsonNode report = json();

        assertThat(report.at("/clone/kind").asText()).isEqualTo("dco-and-cla");
        assertThat(report.get("clone").get("evidence").findValuesAsText("path"))
                .contains(".github/CONTRIBUTING.md", "CLA.md", ".github/workflows/dco.yml");
        assertThat(report.at("/verdict/kind").asText()).isEqualTo("dco-and-cla");
    }

    @Test
    void aCloneThatStatesNothingLeavesTheCatalogsFactStanding() throws Exception {
        write("README.md", "# Signal\nA project.\n");

        JsonNode report = json("--project", "signal");
        Result unknown = legal();

        assertThat(report.at("/clone/kind").asText()).isEqualTo("not-stated");
        assertThat(report.at("/clone/evidence").size()).isZero();
        assertThat(report.at("/verdict/kind").asText()).isEqualTo("dco");
        assertThat(report.at("/verdict/why").asText()).contains("the catalog says a DCO sign-off, read in Signal's own files "
                + "(https://github.com/signal-org/signal/blob/0a1b2c3/CONTRIBUTING.md#L10); this clone's files do not state it");
        assertThat(unknown.out()).contains("Verdict: unknown. Neither this clone's files nor the catalog");
    }

    @Test
    void mostCommitsSignedOffButNothingStatedIsNoVerdict() throws Exception {
        for (int i = 0; i < 4; i++) {
            repo.commit(JANE, JANE, "Signed " + i + "\n\nSigned-off-by: " + JANE + "\n");
        }
        repo.commit(JANE, JANE, "Unsigned");
        repo.commit("dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", JANE, "Bump a dependency");
        String merged = repo.git("rev-parse", "HEAD");
        repo.git("checkout", "-q", "-b", "side", merged + "~1");
        repo.commit(JANE, JANE, "Side\n\nSigned-off-by: " + JANE + "\n");
        repo.git("checkout", "-q", "main");
        repo.git(GitRepo.identity(JANE, JANE), "merge", "-q", "--no-ff", "-m", "Merge side", "side");

        JsonNode report = json("--project", "silent");
        Result text = legal("--project", "silent");

        // root + 4 signed + side signed = 6 of 7 by people; the bot's commit and the merge are not counted
        assertThat(report.at("/clone/signedOff/signed").asInt()).isEqualTo(6);
        assertThat(report.at("/clone/signedOff/of").asInt()).isEqualTo(7);
        assertThat(report.at("/clone/kind").asText()).isEqualTo("not-stated");
        assertThat(report.at("/verdict/kind").asText()).isEqualTo("unknown");
        assertThat(text.out()).contains("  sign-offs  6 of the newest 7 non-merge commits by people are signed off "
                + "(for information: contributors of CLA projects often sign off anyway)");
    }

    @Test
    void aCloneThatContradictsTheCatalogSaysToReportIt() throws Exception {
        write("CONTRIBUTING.md", "All commits must carry a DCO sign-off.\n");

        JsonNode report = json("--project", "clacorp");
        Result text = legal("--project", "clacorp");

        assertThat(report.at("/clone/kind").asText()).isEqualTo("dco");
        assertThat(report.at("/verdict/kind").asText()).isEqualTo("dco-and-cla");
        assertThat(report.at("/verdict/why").asText())
                .contains("this clone's files ask for a DCO sign-off (CONTRIBUTING.md:1), but the catalog says the CNCF CLA")
                .contains("Until it is settled, do what both ask")
                .contains("This contradicts the catalog: report it to whoever maintains your catalog (cncf-contrib catalog info).");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Verdict: dco-and-cla.");
    }

    @Test
    void evidenceTextIsEscapedAndLinksLeadingOutOfTheCloneAreNotFollowed() throws Exception {
        write("CONTRIBUTING.md", "Sign off \u001b]0;pwned\u0007 every commit (DCO).\n");
        Path outside = Files.writeString(home.resolve("outside.md"), "We require the Google CLA.\n");
        Files.createDirectories(repo.dir().resolve("docs"));
        Files.createSymbolicLink(repo.dir().resolve("docs/CONTRIBUTING.md"), outside);

        Result text = legal();
        JsonNode report = json();

        assertThat(text.out()).contains("Sign off \\x1b]0;pwned\\x07 every commit (DCO).").doesNotContain("\u001b");
        assertThat(report.at("/clone/kind").asText()).isEqualTo("dco");
        assertThat(report.get("clone").get("evidence").findValuesAsText("path")).doesNotContain("docs/CONTRIBUTING.md");
    }

    @Test
    void readingTheCloneTakesThreeGitProcesses() {
        write("CONTRIBUTING.md", "Sign off every commit (DCO).\n");
        PullRequestRangeTest.CountingGit git = new PullRequestRangeTest.CountingGit(home);

        Result result = GitRepo.cli(home).with(context -> context.git(git))
                .run("--catalog", catalog, "check", "legal", "--repo", repo.dir().toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        // the files are read from the work tree; git finds it, lists the remotes and the newest commits
        assertThat(git.calls).extracting(call -> call.get(0)).containsExactly("rev-parse", "config", "log");
    }

    @Test
    void notAClone() throws Exception {
        Path plain = Files.createDirectories(home.resolve("plain"));

        Result result = GitRepo.cli(home).run("--catalog", catalog, "check", "legal", "--repo", plain.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("error: " + plain + " is not inside a git repository\n");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
