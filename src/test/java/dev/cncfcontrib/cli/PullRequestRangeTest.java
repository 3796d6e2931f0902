package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.Hosted;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.prompt.ScriptedPrompter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check dco} on the clones people really have: a fork as 'origin' with the project as 'upstream', a project
 * whose default branch is master, and projects that ask for a CLA, for both, or for nothing anyone has established.
 */
class PullRequestRangeTest {

    private static final String SIGNED = "\n\nSigned-off-by: " + JANE + "\n";

    @TempDir
    Path home;

    private Hosted hosted;
    private String catalog;

    @BeforeEach
    void setUp() {
        hosted = new Hosted(home);
        catalog = Fixtures.file(home, "catalog-legal.json").toString();
    }

    private Result run(GitRepo clone, String... args) {
        return run(GitRepo.cli(home), clone, args);
    }

    private Result run(CliRun cli, GitRepo clone, String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", catalog));
        Collections.addAll(all, args);
        all.addAll(List.of("--repo", clone.dir().toString()));
        return cli.run(all.toArray(String[]::new));
    }

    /** The usual fork flow: clone your fork, add the project as 'upstream', work on a branch. */
    private GitRepo forkClone(String ownerRepo, String defaultBranch, String... otherBranches) {
        String upstream = hosted.repository(ownerRepo, defaultBranch, otherBranches);
        String fork = hosted.fork(ownerRepo, "jane");
        GitRepo clone = hosted.clone(fork, "work");
        clone.git("remote", "add", "upstream", upstream);
        clone.git("fetch", "-q", "upstream");
        clone.git("switch", "-q", "-c", "fix");
        return clone;
    }

    @Test
    void aBranchPushedToTheForkWithUpstreamTrackingIsCheckedAgainstTheProjectsDefaultBranch() {
        GitRepo clone = forkClone("signal-org/signal", "main");
        String unsigned = clone.commit(JANE, JANE, "Add the retry option");
        clone.commit(JANE, JANE, "Document the retry option" + SIGNED);
        clone.git("push", "-q", "-u", "origin", "fix"); // what gh pr create does: origin/fix now has both commits

        Result result = run(clone, "check", "dco");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out())
                .contains("✗ 1 of 2 commits fail the DCO check of the DCO GitHub App (dcoapp/app)")
                .contains("range: upstream/main..HEAD (the commits not on the project's default branch, on the remote 'upstream')")
                .contains(unsigned.substring(0, 12) + "  Add the retry option")
                .contains("To fix, sign off every commit since the branch's base (this rewrites them):\n"
                        + "  git rebase --signoff upstream/main\n  git push --force-with-lease\n")
                .doesNotContain("origin/fix");
    }

    @Test
    void theCommittedFixThenPassesAndAnUnpushedBranchNeedsNoForcedPush() {
        GitRepo clone = forkClone("signal-org/signal", "main");
        clone.commit(JANE, JANE, "Only local, unsigned");

        Result result = run(clone, "check", "dco");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("  git commit --amend --signoff --no-edit\n").doesNotContain("--force-with-lease");
    }

    @Test
    void anUpstreamWhoseDefaultBranchIsMasterIsFoundThroughTheCatalogEvenWithAStaleMain() {
        // 'git remote add' records no refs/remotes/upstream/HEAD; upstream also has an old 'main'
        GitRepo clone = forkClone("mastery-org/mastery", "master", "main");
        String unsigned = clone.commit(JANE, JANE, "Unsigned on master's project");
        clone.commit(JANE, JANE, "Signed" + SIGNED);

        Result check = run(clone, "check", "dco");
        Result plan = GitRepo.cli(home).with(context -> context.workingDirectory(clone.dir()))
                .run("--catalog", catalog, "plan", "mastery");
        Result doctor = run(clone, "doctor");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("range: upstream/master..HEAD (the commits not on the project's default branch")
                .contains(unsigned.substring(0, 12))
                .contains("  git rebase --signoff upstream/master\n")
                .doesNotContain("upstream/main");
        assertThat(plan.out()).contains("$ git rebase --signoff upstream/master").contains("$ git push --force-with-lease");
        assertThat(doctor.out()).containsPattern("ok +branch: branch 'fix'; pull requests go to upstream/master");
    }

    @Test
    void aRemoteHeadWinsAndTheRangeSaysWhereItCameFrom() {
        String upstream = hosted.repository("mastery-org/mastery", "master");
        GitRepo clone = hosted.clone(upstream, "work"); // a plain clone: origin is the project, origin/HEAD is known
        clone.git("switch", "-q", "-c", "topic");
        clone.commit(JANE, JANE, "Signed" + SIGNED);

        Result result = run(clone, "check", "dco");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("the commit passes the DCO check of the DCO GitHub App (dcoapp/app) (origin/master..HEAD)")
                .contains("range: origin/master..HEAD (the commits not on the default branch of the remote 'origin', "
                        + "the project's repository, from refs/remotes/origin/HEAD)");
    }

    @Test
    void aClaProjectExplainsItsClaAndReportsSignOffsForInformationOnly() throws Exception {
        GitRepo clone = forkClone("clacorp/clacorp", "main");
        String unsigned = clone.commit(JANE, JANE, "No sign-off, and none needed");

        Result result = run(clone, "check", "dco");
        Result json = run(clone, "check", "dco", "-o", "json");
        Result explicit = run(clone, "check", "dco", "--mode", "dcoapp");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .startsWith("Cla Corp asks for the CNCF CLA, not for sign-offs: its bots (LF EasyCLA) check a CLA, and no "
                        + "Signed-off-by line is needed.\n")
                .contains("  1. Open your pull request: on your first one the EasyCLA bot (linux-foundation-easycla) comments")
                .contains("  2. The e-mail of your commits (jane@example.org) must be an address of your GitHub account")
                .contains("comment /easycla on the pull request")
                .contains("as Cla Corp's own document says: https://github.com/clacorp/clacorp/blob/9f8e7d6/CONTRIBUTING.md#L5"
                        + " (\"We use the CNCF CLA through EasyCLA, not the DCO\")")
                .contains("For information only (nothing here blocks a pull request of Cla Corp)")
                .contains(unsigned.substring(0, 12) + "  No sign-off, and none needed")
                .doesNotContain("To fix", "git rebase");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(json.exitCode()).isZero();
        assertThat(report.get("project").asText()).isEqualTo("clacorp");
        assertThat(report.get("legal").get("kind").asText()).isEqualTo("cncf-cla");
        assertThat(report.get("informational").asBoolean()).isTrue();
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(explicit.exitCode()).as(explicit.toString()).isEqualTo(1);
        assertThat(explicit.out()).contains("--mode was given, so this check decides the exit code although Cla Corp does not ask for sign-offs");
    }

    @Test
    void theClaStepsNameEveryAuthorOfTheRangeNotOnlyThoseWhoseCommitsFail() throws Exception {
        GitRepo clone = forkClone("clacorp/clacorp", "main");
        String joe = "Joe Bloggs <joe@example.org>";
        clone.commit(joe, joe, "Signed by Joe\n\nSigned-off-by: " + joe + "\n");
        clone.commit(JANE, JANE, "Signed by Jane" + SIGNED);

        Result text = run(clone, "check", "dco");
        Result json = run(clone, "check", "dco", "-o", "json");

        // the text report keeps no passing commit, yet every author needs the CLA
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("The e-mail of your commits (jane@example.org, joe@example.org) must be");
        assertThat(new ObjectMapper().readTree(json.out()).get("legal").get("claSteps").get(1).asText())
                .contains("(jane@example.org, joe@example.org)");
    }

    @Test
    void aProjectThatStatesNothingIsSaidToBeUnknownAndCheckedForInformation() {
        GitRepo clone = forkClone("silent/silent", "main");
        clone.commit(JANE, JANE, "Unsigned");

        Result result = run(clone, "check", "dco");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .startsWith("Whether Silent asks for a DCO sign-off or a CLA is not known (the project's own files were read "
                        + "and state no requirement).\n")
                .contains("a 'DCO' check asks for sign-offs, an EasyCLA or CLA bot comment")
                .contains("For information only")
                .contains("1 of 1 commit fails")
                .contains("git commit --amend --signoff --no-edit");
    }

    @Test
    void aProjectAskingForBothChecksSignOffsMentionsTheClaAndSaysItsFilesDisagree() {
        GitRepo clone = forkClone("dual/dual", "main");
        clone.commit(JANE, JANE, "Unsigned");

        Result result = run(clone, "check", "dco");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out())
                .startsWith("Note: Dual's own files disagree about what a pull request needs: CONTRIBUTING.md asks for both")
                .contains("1 of 1 commit fails")
                .contains("Dual also asks for the Google CLA:\n  1. Sign the Google CLA (https://cla.developers.google.com/)");
    }

    @Test
    void projectOptionNamesTheProjectWhenNoRemoteDoes() {
        GitRepo clone = GitRepo.init(home.resolve("local"), home);
        clone.git("switch", "-q", "-c", "fix");
        clone.commit(JANE, JANE, "Unsigned");

        Result result = run(clone, "check", "dco", "--project", "clacorp");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Cla Corp asks for the CNCF CLA");
    }

    @Test
    void anUpToDateForkBranchHasNothingToCheck() {
        GitRepo clone = forkClone("signal-org/signal", "main");

        Result result = run(clone, "check", "dco");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Nothing to check: HEAD has no commits that are not on upstream/main");
    }

    @Test
    void fixListsTheFailingCommitsBeforeItAsksAndThenSaysToForcePush() {
        GitRepo clone = forkClone("signal-org/signal", "main");
        String unsigned = clone.commit(JANE, JANE, "Unsigned and pushed");
        clone.commit(JANE, JANE, "Signed" + SIGNED);
        clone.git("push", "-q", "-u", "origin", "fix");
        ScriptedPrompter prompter = new ScriptedPrompter().expectConfirm("git rebase --signoff", true);

        Result result = run(GitRepo.cli(home).terminal(120, false).with(context -> context.prompter(prompter)), clone,
                "check", "dco", "--fix");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        prompter.assertAllConsumed();
        String err = result.err();
        assertThat(err).contains("1 of 2 commit(s) of upstream/main..HEAD fail the DCO check:\n  " + unsigned.substring(0, 12)
                + "  Unsigned and pushed\n");
        assertThat(err.indexOf("Unsigned and pushed")).isLessThan(err.indexOf("Ran: git rebase"));
        assertThat(err).contains("The branch was pushed before: update it with 'git push --force-with-lease'");
        assertThat(result.out()).contains("all 2 commits pass");
    }

    /** Counts every git process: {@link GitRunner#stream} is where each one starts. */
    static final class CountingGit extends GitRunner {
        final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

        CountingGit(Path home) {
            super(GitRepo.environment(home));
        }

        @Override
        public GitResult stream(Path directory, List<String> args, Duration timeout, OutputSink sink) {
            calls.add(List.copyOf(args));
            return super.stream(directory, args, timeout, sink);
        }
    }

    @Test
    void theDefaultCheckStartsAtMostThreeGitProcessesEvenWhenItFailsOnAPushedFork() {
        GitRepo clone = forkClone("signal-org/signal", "main");
        clone.commit(JANE, JANE, "Unsigned");
        clone.commit(JANE, JANE, "Signed" + SIGNED);
        clone.git("push", "-q", "-u", "origin", "fix");
        CountingGit failing = new CountingGit(home);
        CountingGit passing = new CountingGit(home);

        Result failed = run(GitRepo.cli(home).with(context -> context.git(failing)), clone, "check", "dco");
        clone.git("rebase", "-q", "--signoff", "upstream/main");
        Result passed = run(GitRepo.cli(home).with(context -> context.git(passing)), clone, "check", "dco");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).contains("git push --force-with-lease");
        assertThat(failing.calls).extracting(call -> call.get(0)).containsExactly("for-each-ref", "config", "log");
        assertThat(passed.exitCode()).as(passed.toString()).isZero();
        assertThat(passing.calls).extracting(call -> call.get(0)).containsExactly("for-each-ref", "config", "log");
    }

    @Test
    void anExplicitRangeStartsThreeGitProcessesToo() {
        GitRepo clone = forkClone("signal-org/signal", "main");
        clone.commit(JANE, JANE, "Signed" + SIGNED);
        CountingGit git = new CountingGit(home);

        Result result = run(GitRepo.cli(home).with(context -> context.git(git)), clone, "check", "dco", "--range", "upstream/main..HEAD");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(git.calls).extracting(call -> call.get(0)).containsExactly("rev-parse", "config", "log");
    }
}
