package dev.cncfcontrib;

import java.nio.file.Path;

/**
 * Repositories that stand in for github.com in a test's home: git rewrites {@code https://github.com/OWNER/REPO} to a
 * bare repository under the home ({@code url.<dir>.insteadOf}), so remotes keep the URLs a real clone has (which the
 * program matches against the catalog) while every fetch and push stays on the local disk.
 */
public final class Hosted {

    private final Path home;
    private final Path root;
    private final GitRepo any;

    public Hosted(Path home) {
        this.home = home;
        this.root = home.resolve("hosted");
        GitRepo.init(home.resolve("seed"), home);
        this.any = GitRepo.at(home.resolve("seed"), home);
        any.git("config", "--global", "url.file://" + root + "/.insteadOf", "https://github.com/");
    }

    /**
     * A project's repository at {@code https://github.com/ownerRepo}, whose default branch is {@code defaultBranch};
     * {@code otherBranches} exist there too, one commit behind it.
     */
    public String repository(String ownerRepo, String defaultBranch, String... otherBranches) {
        GitRepo source = GitRepo.init(home.resolve("source-" + ownerRepo.replace('/', '-')), home);
        String first = source.git("rev-parse", "HEAD");
        source.commit(GitRepo.JANE, GitRepo.JANE, "Upstream work\n\nSigned-off-by: " + GitRepo.JANE + "\n");
        if (!defaultBranch.equals("main")) {
            source.git("branch", "-m", "main", defaultBranch);
        }
        for (String branch : otherBranches) {
            source.git("branch", branch, first);
        }
        source.git("clone", "-q", "--bare", source.dir().toString(), root.resolve(ownerRepo).toString());
        return "https://github.com/" + ownerRepo;
    }

    /** A fork of {@code https://github.com/ownerRepo} by {@code user}: same repository name, another owner. */
    public String fork(String ownerRepo, String user) {
        String name = ownerRepo.substring(ownerRepo.indexOf('/') + 1);
        any.git("clone", "-q", "--bare", root.resolve(ownerRepo).toString(), root.resolve(user + "/" + name).toString());
        return "https://github.com/" + user + "/" + name;
    }

    /** {@code git clone url dir}, with Jane as the clone's identity. */
    public GitRepo clone(String url, String dir) {
        any.git("clone", "-q", url, home.resolve(dir).toString());
        return GitRepo.at(home.resolve(dir), home).identity(GitRepo.JANE);
    }
}
