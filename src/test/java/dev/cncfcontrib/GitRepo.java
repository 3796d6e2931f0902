package dev.cncfcontrib;

import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a temporary directory, built commit by commit with a controlled author, committer and
 * message. Git never sees the developer's own configuration: HOME and XDG_CONFIG_HOME point into the temporary
 * directory and the system configuration is off, for these calls and for the program's (see {@link #cli}).
 */
public final class GitRepo {

    public static final String JANE = "Jane Doe <jane@example.org>";

    private final Path dir;
    private final Map<String, String> env;

    private GitRepo(Path dir, Path home) {
        this.dir = dir;
        this.env = environment(home);
    }

    /** The environment every git process of a test gets. */
    public static Map<String, String> environment(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("LC_ALL", "C.UTF-8");
        return env;
    }

    /** A CliRun whose git sees the same isolated configuration as the repositories. */
    public static CliRun cli(Path home) {
        CliRun cli = new CliRun(home);
        environment(home).forEach(cli::env);
        return cli;
    }

    /** {@code git init} on branch main, with a root commit by Jane. */
    public static GitRepo init(Path dir, Path home) {
        GitRepo repo = new GitRepo(dir, home);
        dir.toFile().mkdirs();
        repo.git("init", "-q", "-b", "main");
        repo.commit(JANE, JANE, "root\n\nSigned-off-by: " + JANE + "\n");
        return repo;
    }

    /** A repository that already exists (a clone). */
    public static GitRepo at(Path dir, Path home) {
        return new GitRepo(dir, home);
    }

    public Path dir() {
        return dir;
    }

    /** Runs git here; fails the test if git fails. */
    public String git(String... args) {
        return git(Map.of(), args);
    }

    public String git(Map<String, String> extraEnv, String... args) {
        GitResult result = run(extraEnv, args);
        if (!result.ok()) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + result.stderr());
        }
        return result.text();
    }

    public GitResult run(Map<String, String> extraEnv, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extraEnv);
        return new GitRunner(all).run(dir, Arrays.asList(args));
    }

    /** Commits (empty) with this author, committer and exact message; returns the full hash. */
    public String commit(String author, String committer, String message) {
        git(identity(author, committer), "commit", "-q", "--allow-empty", "--cleanup=verbatim", "-m", message);
        return git("rev-parse", "HEAD");
    }

    /** Identity variables for "Name <email>" strings. */
    public static Map<String, String> identity(String author, String committer) {
        Map<String, String> env = new HashMap<>();
        env.put("GIT_AUTHOR_NAME", name(author));
        env.put("GIT_AUTHOR_EMAIL", email(author));
        env.put("GIT_COMMITTER_NAME", name(committer));
        env.put("GIT_COMMITTER_EMAIL", email(committer));
        return env;
    }

    static String name(String person) {
        return person.substring(0, person.indexOf(" <"));
    }

    static String email(String person) {
        return person.substring(person.indexOf(" <") + 2, person.length() - 1);
    }

    /** Sets a repository-local identity (the program's own commits, e.g. a rebase, need one). */
    public GitRepo identity(String person) {
        git("config", "user.name", name(person));
        git("config", "user.email", email(person));
        return this;
    }

    public List<String> log(String format, String range) {
        return new ArrayList<>(List.of(git("log", "--format=" + format, range).split("\n")));
    }
}
