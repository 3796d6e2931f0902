package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.prompt.ScriptedPrompter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckDcoCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private GitRepo repo;

    @BeforeEach
    void setUp() {
        cli = GitRepo.cli(home);
        repo = GitRepo.init(home.resolve("repo"), home);
        repo.git("checkout", "-q", "-b", "feature");
    }

    private Result check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "dco", "--repo", repo.dir().toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void signedBranchPassesAgainstTheDefaultBranch() {
        repo.commit(JANE, JANE, "Add a feature\n\nSigned-off-by: " + JANE + "\n");

        Result result = check();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("the commit passes the DCO check of the DCO GitHub App (dcoapp/app) (main..HEAD)");
    }

    @Test
    void onlyTheNewestCommitFailingIsFixedByAmending() {
        repo.commit(JANE, JANE, "First\n\nSigned-off-by: " + JANE + "\n");
        String sha = repo.commit(JANE, JANE, "Second, forgot -s");

        Result result = check();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out())
                .contains("1 of 2 commits fail the DCO check of the DCO GitHub App (dcoapp/app)")
                .contains("range: main..HEAD (the commits not on the local branch main; no remote's default branch is known)")
                .contains(sha.substring(0, 12) + "  Second, forgot -s")
                .contains("    - no Signed-off-by line")
                .contains("  git commit --amend --signoff --no-edit")
                .contains("  I, Jane Doe <jane@example.org>, hereby add my Signed-off-by to this commit: " + sha + "\n")
                .doesNotContain("git rebase");
    }

    @Test
    void severalFailingCommitsAreFixedByARebaseFromTheBase() {
        String first = repo.commit(JANE, JANE, "First, unsigned");
        repo.commit(JANE, JANE, "Second\n\nSigned-off-by: " + JANE + "\n");

        Result result = check();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("  git rebase --signoff main\n")
                .contains("hereby add my Signed-off-by to this commit: " + first)
                .doesNotContain("--amend");
    }

    @Test
    void aBranchPushedToTheProjectsOwnRepositoryIsStillComparedWithItsDefaultBranch() {
        Path originDir = home.resolve("origin");
        GitRepo.init(originDir, home);
        repo.git("remote", "add", "origin", originDir.toString());
        repo.git("fetch", "-q", "origin");
        repo.git("checkout", "-q", "-b", "topic", "origin/main");
        String pushed = repo.commit(JANE, JANE, "Pushed, unsigned");
        repo.git("push", "-q", "-u", "origin", "topic");
        repo.commit(JANE, JANE, "Local, signed\n\nSigned-off-by: " + JANE + "\n");
        repo.commit(JANE, JANE, "Local, unsigned");

        Result result = check();

        // not origin/topic..HEAD: the pushed commit is in the pull request too
        assertThat(result.out()).contains("range: origin/main..HEAD (the commits not on the main branch of the remote 'origin'")
                .contains("2 of 3 commits fail")
                .contains(pushed.substring(0, 12) + "  Pushed, unsigned")
                .contains("  git rebase --signoff origin/main\n  git push --force-with-lease\n");
    }

    @Test
    void anEmptyRangeSaysThereIsNothingToCheck() {
        Result result = check();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Nothing to check: HEAD has no commits that are not on main (")
                .doesNotContain("pass", "0 commits");
    }

    @Test
    void detachedHeadIsComparedWithTheDefaultBranch() {
        repo.commit(JANE, JANE, "Unsigned on a detached HEAD");
        repo.git("checkout", "-q", "--detach", "HEAD");

        Result result = check();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("range: main..HEAD").contains("Unsigned on a detached HEAD");
    }

    @Test
    void shallowCloneIsChecked() {
        for (int i = 0; i < 5; i++) {
            repo.commit(JANE, JANE, "History " + i + "\n\nSigned-off-by: " + JANE + "\n");
        }
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "--ff-only", "feature");
        Path cloneDir = home.resolve("shallow");
        repo.git("clone", "-q", "--depth", "2", "file://" + repo.dir(), cloneDir.toString());
        GitRepo clone = GitRepo.at(cloneDir, home);
        assertThat(clone.git("rev-parse", "--is-shallow-repository")).isEqualTo("true");
        clone.git("checkout", "-q", "-b", "fix");
        clone.commit(JANE, JANE, "Fix in a shallow clone");

        Result result = cli.run("check", "dco", "--repo", cloneDir.toString(), "--mode", "dco2");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("1 of 1 commit fails").contains("range: origin/main..HEAD")
                .contains("Fix in a shallow clone");
    }

    @Test
    void baseAndRangeChooseTheCommits() {
        String unsigned = repo.commit(JANE, JANE, "Old and unsigned");
        String tag = repo.commit(JANE, JANE, "Tagged\n\nSigned-off-by: " + JANE + "\n");
        repo.commit(JANE, JANE, "New\n\nSigned-off-by: " + JANE + "\n");

        assertThat(check("--base", tag).exitCode()).isZero();
        assertThat(check("--range", tag + "..HEAD").exitCode()).isZero();
        Result whole = check("--range", "main..HEAD");
        assertThat(whole.exitCode()).isEqualTo(1);
        assertThat(whole.out()).contains(unsigned.substring(0, 12));
    }

    @Test
    void notARepositoryOrABadRangeIsADataError() throws Exception {
        Path plain = Files.createDirectories(home.resolve("plain"));

        Result notRepo = cli.run("check", "dco", "--repo", plain.toString());
        Result badRange = check("--range", "nosuchref..HEAD");
        Result notARange = check("--range", "main");
        Result optionLike = check("--range=-x..HEAD");

        assertThat(notRepo.exitCode()).isEqualTo(4);
        assertThat(notRepo.err()).isEqualTo("error: " + plain + " is not inside a git repository\n");
        assertThat(badRange.exitCode()).isEqualTo(4);
        assertThat(badRange.err()).contains("'nosuchref' does not name a commit");
        assertThat(notARange.exitCode()).isEqualTo(4);
        assertThat(optionLike.exitCode()).isEqualTo(4);
        assertThat(optionLike.err()).contains("does not name a commit");
    }

    @Test
    void baseWithRangeIsAUsageError() {
        Result result = check("--base", "main", "--range", "main..HEAD");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--base and --range cannot be used together");
    }

    @Test
    void jsonListsEveryCommitWithItsStatusAndTheFix() throws Exception {
        String bad = repo.commit(JANE, JANE, "Unsigned");
        repo.commit(JANE, JANE, "Signed\n\nSigned-off-by: " + JANE + "\n");

        Result result = check("-o", "json", "--mode", "dco-check");
        JsonNode json = new ObjectMapper().readTree(result.out());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(json.get("mode").asText()).isEqualTo("dco-check");
        assertThat(json.get("checked").asInt()).isEqualTo(2);
        assertThat(json.get("commits").get(1).get("sha").asText()).isEqualTo(bad);
        assertThat(json.get("commits").get(1).get("status").asText()).isEqualTo("fail");
        assertThat(json.get("commits").get(0).get("status").asText()).isEqualTo("pass");
        assertThat(json.get("fix").get("kind").asText()).isEqualTo("rebase");
        assertThat(json.get("fix").get("remediation").get(0).asText())
                .isEqualTo("I, Jane Doe <jane@example.org>, hereby add my Signed-off-by to this commit: " + bad);
    }

    @Test
    void subjectsAreSanitisedBeforePrinting() {
        repo.commit(JANE, JANE, "Evil \u001b]0;pwned\u0007 subject");

        Result result = check();

        assertThat(result.out()).contains("Evil \\x1b]0;pwned\\x07 subject").doesNotContain("\u001b");
    }

    @Test
    void fixWithoutATerminalNeedsYes() {
        repo.commit(JANE, JANE, "Unsigned");

        Result result = check("--fix");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("not at a terminal, add --yes to confirm");
    }

    @Test
    void fixRebasesAfterAYesAndTheBranchThenPasses() {
        repo.identity(JANE);
        repo.commit(JANE, JANE, "One, unsigned");
        repo.commit(JANE, JANE, "Two\n\nSigned-off-by: " + JANE + "\n");
        repo.commit(JANE, JANE, "Three, unsigned");
        ScriptedPrompter prompter = new ScriptedPrompter().expectConfirm("git rebase --signoff", true);

        Result result = cli.terminal(120, false).with(context -> context.prompter(prompter))
                .run("check", "dco", "--repo", repo.dir().toString(), "--fix");

        prompter.assertAllConsumed();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("Ran: git rebase --signoff");
        assertThat(result.out()).contains("all 3 commits pass");
        assertThat(repo.log("%s", "main..HEAD")).containsExactly("Three, unsigned", "Two", "One, unsigned");
        assertThat(repo.git("log", "-1", "--format=%B", "HEAD~2")).contains("Signed-off-by: " + JANE);
        assertThat(check().exitCode()).isZero();
    }

    @Test
    void fixAsksThroughThePrompterAndCtrlCCancelsWith130() {
        String head = repo.commit(JANE, JANE, "Unsigned");
        ScriptedPrompter prompter = new ScriptedPrompter().cancelAt("git rebase --signoff");

        Result result = cli.terminal(120, false).with(context -> context.prompter(prompter))
                .run("check", "dco", "--repo", repo.dir().toString(), "--fix");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(130);
        assertThat(result.err().lines().filter(line -> line.startsWith("error:"))).hasSize(1);
        assertThat(repo.git("rev-parse", "HEAD")).isEqualTo(head);
        prompter.assertAllConsumed();
    }

    @Test
    void noInputMeansFixNeedsYes() {
        repo.commit(JANE, JANE, "Unsigned");

        Result result = cli.terminal(120, false).run("--no-input", "check", "dco", "--repo", repo.dir().toString(), "--fix");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("add --yes to confirm");
    }

    @Test
    void fixAnsweredNoChangesNothing() {
        String head = repo.commit(JANE, JANE, "Unsigned");

        ScriptedPrompter prompter = new ScriptedPrompter().expectConfirm("git rebase --signoff", false);

        Result result = cli.terminal(120, false).with(context -> context.prompter(prompter))
                .run("check", "dco", "--repo", repo.dir().toString(), "--fix");

        assertThat(result.exitCode()).as("the check still fails").isEqualTo(1);
        assertThat(result.err()).contains("Nothing was changed.");
        assertThat(repo.git("rev-parse", "HEAD")).isEqualTo(head);
    }

    @Test
    void fixRefusesADirtyTree() throws Exception {
        repo.identity(JANE);
        Files.writeString(repo.dir().resolve("file.txt"), "one\n");
        repo.git("add", "file.txt");
        String head = repo.commit(JANE, JANE, "Unsigned");
        Files.writeString(repo.dir().resolve("file.txt"), "changed\n");

        Result result = check("--fix", "--yes");

        assertThat(result.exitCode()).as("a repository it will not change as it is, not a failed check").isEqualTo(4);
        assertThat(result.err()).contains("the working tree has uncommitted changes");
        assertThat(repo.git("rev-parse", "HEAD")).isEqualTo(head);
    }
}
