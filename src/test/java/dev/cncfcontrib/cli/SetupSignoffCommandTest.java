package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupSignoffCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private GitRepo repo;

    @BeforeEach
    void setUp() {
        cli = GitRepo.cli(home);
        repo = GitRepo.init(home.resolve("repo"), home).identity(JANE);
    }

    private Result setup(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "setup";
        args[1] = "signoff";
        args[2] = "--repo";
        args[3] = repo.dir().toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return cli.run(args);
    }

    /** Commits the way a person does, with only the clone's configuration: no -s, no identity variables. */
    private String commitAndReadMessage(String message) {
        repo.git("commit", "-q", "--allow-empty", "-m", message);
        return repo.git("log", "-1", "--format=%B");
    }

    @Test
    void hookSignsOffAPlainCommitAndTheCheckPasses() {
        Result result = setup();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Installed the sign-off hook: " + repo.dir().resolve(".git/hooks/prepare-commit-msg"));
        repo.git("checkout", "-q", "-b", "feature");
        assertThat(commitAndReadMessage("x")).isEqualTo("x\n\nSigned-off-by: Jane Doe <jane@example.org>\n");
        assertThat(cli.run("check", "dco", "--repo", repo.dir().toString()).exitCode()).isZero();
    }

    @Test
    void commitSAlreadySignedIsNotSignedTwice() {
        setup();

        repo.git("commit", "-q", "--allow-empty", "-s", "-m", "with -s too");

        assertThat(repo.git("log", "-1", "--format=%B")).containsOnlyOnce("Signed-off-by:");
    }

    @Test
    void honoursCoreHooksPath() {
        repo.git("config", "core.hooksPath", ".githooks");

        Result result = setup();

        assertThat(result.out()).contains(repo.dir().resolve(".githooks/prepare-commit-msg").toString());
        assertThat(repo.dir().resolve(".git/hooks/prepare-commit-msg")).doesNotExist();
        assertThat(commitAndReadMessage("y")).isEqualTo("y\n\nSigned-off-by: Jane Doe <jane@example.org>\n");
    }

    @Test
    void isIdempotentAndRemovable() {
        setup();
        Result again = setup();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already installed");
        assertThat(commitAndReadMessage("once")).containsOnlyOnce("Signed-off-by:");

        Result removed = setup("--uninstall");
        assertThat(removed.out()).contains("Removed the sign-off hook");
        assertThat(repo.dir().resolve(".git/hooks/prepare-commit-msg")).doesNotExist();
        assertThat(commitAndReadMessage("unsigned")).doesNotContain("Signed-off-by:");
        assertThat(setup("--uninstall").out()).contains("No sign-off hook to remove");
    }

    @Test
    void foreignHookIsNeverOverwrittenButCanBeChained() throws Exception {
        Path hook = repo.dir().resolve(".git/hooks/prepare-commit-msg");
        String foreign = "#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/foreign-ran\"\nprintf '[ticket-1] ' | cat - \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n";
        Files.writeString(hook, foreign);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result refused = setup();

        assertThat(refused.exitCode()).as("a file it will not change as it is").isEqualTo(4);
        assertThat(refused.err()).contains("already exists and was not written by cncf-contrib").contains("--chain");
        assertThat(Files.readString(hook)).isEqualTo(foreign);

        Result chained = setup("--chain");

        assertThat(chained.exitCode()).as(chained.toString()).isZero();
        assertThat(commitAndReadMessage("z")).isEqualTo("[ticket-1] z\n\nSigned-off-by: Jane Doe <jane@example.org>\n");
        assertThat(repo.dir().resolve(".git/foreign-ran")).exists();

        assertThat(setup("--uninstall").out()).contains("put back the hook");
        assertThat(Files.readString(hook)).isEqualTo(foreign);
    }

    @Test
    void uninstallLeavesAForeignHookAlone() throws Exception {
        Path hook = repo.dir().resolve(".git/hooks/prepare-commit-msg");
        Files.writeString(hook, "#!/bin/sh\nexit 0\n");

        Result result = setup("--uninstall");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("was not written by cncf-contrib; it was left alone");
        assertThat(hook).exists();
    }
}
