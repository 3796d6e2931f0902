package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private GitRepo repo;
    private String catalog;

    @BeforeEach
    void setUp() {
        cli = GitRepo.cli(home);
        repo = GitRepo.init(home.resolve("repo"), home);
        catalog = Fixtures.file(home, "catalog-small.json").toString();
    }

    private Result doctor(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "doctor";
        args[1] = "--catalog";
        args[2] = catalog;
        args[3] = "--repo";
        args[4] = repo.dir().toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        return cli.run(args);
    }

    @Test
    void readyDcoCloneHasOnlyOkFindings() {
        repo.identity(JANE);
        repo.git("remote", "add", "upstream", "git@github.com:open-policy-agent/opa.git");
        repo.git("remote", "add", "origin", "https://github.com/jdoe/opa.git");
        cli.run("setup", "signoff", "--repo", repo.dir().toString());

        Result result = doctor("--project", "opa");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Checking for Open Policy Agent (OPA) (DCO sign-off)")
                .containsPattern("ok +git: git version \\d")
                .containsPattern("ok +user.name: Jane Doe")
                .containsPattern("ok +user.email: jane@example.org")
                .containsPattern("ok +remote: remote 'upstream' is github.com/open-policy-agent/opa, a repository of "
                        + "Open Policy Agent \\(OPA\\); 'origin' \\(github.com/jdoe/opa\\) is a fork to push your branches to")
                .containsPattern("ok +legal: the catalog says a DCO sign-off, read in Open Policy Agent \\(OPA\\)'s own files;"
                        + " this clone's files do not state it")
                .containsPattern("ok +sign-off: the sign-off hook")
                .doesNotContain("warning", "problem");
    }

    @Test
    void projectIsRecognisedFromTheRemote() {
        repo.identity(JANE);
        repo.git("remote", "add", "upstream", "https://github.com/open-policy-agent/opa");

        Result result = doctor();

        assertThat(result.out()).contains("Checking for Open Policy Agent (OPA)")
                .contains("warning  sign-off: commits are not signed off automatically")
                .contains("fix: cncf-contrib setup signoff");
    }

    @Test
    void missingIdentityIsAProblemWithTheCommandThatFixesIt() {
        Result result = doctor("--project", "opa");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("problem  user.name: user.name is not set")
                .contains("fix: git config --global user.name \"Your Name\"")
                .contains("problem  user.email: user.email is not set")
                .contains("problem  remote: this clone has no remote: a pull request to Open Policy Agent (OPA) comes from a "
                        + "branch of your fork of https://github.com/open-policy-agent/opa, so fork it first")
                .contains("fix: gh repo fork open-policy-agent/opa --clone, or fork on https://github.com/open-policy-agent/opa/fork"
                        + " and here: git remote add origin https://github.com/YOU/opa.git && git remote add upstream "
                        + "https://github.com/open-policy-agent/opa\n");
    }

    @Test
    void claProjectWarnsAboutANoreplyAddressAndExplainsEasyCla() {
        repo.identity("jdoe <12345+jdoe@users.noreply.github.com>");
        repo.git("remote", "add", "origin", "https://github.com/jdoe/kubernetes.git");

        Result result = doctor("--project", "k8s");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Checking for Kubernetes (CNCF CLA)")
                // a CLA project's bots look at the e-mail only: no DCO real-name guideline
                .containsPattern("ok +user.name: jdoe \\(Kubernetes asks for a CLA, not sign-offs")
                .doesNotContain("DCO guideline")
                .contains("warning  user.email: '12345+jdoe@users.noreply.github.com' is a GitHub noreply address: EasyCLA matches")
                .contains("; as Kubernetes's own document says: https://github.com/kubernetes/community/blob/24e7d8f/CLA.md\n")
                .contains("warning  remote: remote 'origin' (github.com/jdoe/kubernetes) looks like a fork")
                .contains("fix: git remote add upstream https://github.com/kubernetes/kubernetes")
                .contains("warning  cla: CNCF CLA through EasyCLA")
                .contains("comment /easycla")
                .contains("fix: open https://github.com/kubernetes/community/blob/master/CLA.md")
                .doesNotContain("sign-off hook");
    }

    @Test
    void cloneOfAnotherProjectIsAProblem() {
        repo.identity(JANE);
        repo.git("remote", "add", "origin", "https://github.com/nats-io/nats-server.git");

        Result result = doctor("--project", "opa", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("\"level\": \"problem\"", "\"check\": \"remote\"",
                "\"fix\": \"gh repo fork open-policy-agent/opa --clone\"");
    }

    @Test
    void originBeingTheProjectsOwnRepositoryWithoutAForkIsAWarningWithTheFix() {
        repo.identity(JANE);
        repo.git("remote", "add", "origin", "https://github.com/open-policy-agent/opa.git");

        Result result = doctor("--project", "opa");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("warning  remote: remote 'origin' is github.com/open-policy-agent/opa, Open Policy Agent (OPA)'s own "
                        + "repository, and no remote is a fork: you cannot push a branch there, and a pull request comes from a "
                        + "branch of your fork")
                .contains("fix: gh repo fork --remote (your fork becomes 'origin', this 'origin' becomes 'upstream'), or fork on "
                        + "https://github.com/open-policy-agent/opa/fork, then git remote rename origin upstream && "
                        + "git remote add origin https://github.com/YOU/opa.git");
    }

    @Test
    void whatTheClonesOwnFilesSayIsAFindingAndAContradictionIsToBeReported() throws Exception {
        repo.identity(JANE);
        repo.git("remote", "add", "upstream", "https://github.com/kubernetes/kubernetes");
        repo.git("remote", "add", "origin", "https://github.com/jane/kubernetes");
        Files.writeString(repo.dir().resolve("CONTRIBUTING.md"), "Sign off every commit (DCO): git commit -s.\n");

        Result result = doctor();

        assertThat(result.out()).contains("Checking for Kubernetes (CNCF CLA)")
                .contains("warning  legal: this clone's files ask for a DCO sign-off (CONTRIBUTING.md:1), but the catalog says"
                        + " the CNCF CLA")
                .contains("report it to whoever maintains your catalog (cncf-contrib catalog info)")
                .contains("fix: cncf-contrib check legal");
    }

    @Test
    void unknownProjectSuggestsNames() {
        Result result = doctor("--project", "kubernets");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("Did you mean: kubernetes?");
    }

    @Test
    void aDirectoryThatIsNotACloneIsAProblemWhenNamed() throws Exception {
        Path plain = Files.createDirectories(home.resolve("plain"));

        Result result = cli.run("doctor", "--catalog", catalog, "--repo", plain.toString(), "-o", "json");
        JsonNode json = new ObjectMapper().readTree(result.out());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(json.get("findings").get(1).get("check").asText()).isEqualTo("clone");
        assertThat(json.get("findings").get(1).get("level").asText()).isEqualTo("problem");
    }
}
