package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.dco.EmailRules;
import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.git.Refs;
import dev.cncfcontrib.git.RemoteUrl;
import dev.cncfcontrib.git.Repository;
import dev.cncfcontrib.git.TargetBranch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a machine and a clone against what a project asks of a contributor: git and its identity, the clone's
 * remotes (the project's repository and a fork to push to), the branch, what the clone's own files say about a
 * sign-off or a CLA, the sign-off hook, and for CLA projects the address the CLA bot will match. Offline: nothing
 * here opens a network connection.
 */
public final class Doctor {

    private static final String NOREPLY = "@users.noreply.github.com";
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("root", "admin", "administrator", "user", "ubuntu",
            "debian", "vagrant", "test", "anonymous", "unknown", "me", "dev", "developer", "your name", "name");

    /**
     * What the doctor found, and the branch a pull request from this clone goes to.
     *
     * @param target the project's default branch as this clone knows it (a remote's), or null when the directory is
     *               not a clone of the project
     */
    public record Examination(List<Finding> findings, TargetBranch target) {
        public Examination {
            findings = List.copyOf(findings);
        }
    }

    private final GitRunner git;

    public Doctor(GitRunner git) {
        this.git = git;
    }

    /** The findings of {@link #examineClone}. */
    public List<Finding> examine(Path directory, boolean explicitRepo, Project project) {
        return examineClone(directory, explicitRepo, project).findings();
    }

    /**
     * @param directory    where to look for the clone
     * @param explicitRepo the directory was named on the command line, so not being a clone is a problem
     * @param project      the project the clone is for, if known
     */
    public Examination examineClone(Path directory, boolean explicitRepo, Project project) {
        List<Finding> findings = new ArrayList<>();
        GitResult version;
        try {
            version = git.run(directory, List.of("--version"));
        } catch (GitException e) {
            findings.add(Finding.problem("git", "git cannot be run: " + e.getMessage(),
                    "install git: https://git-scm.com/downloads"));
            return new Examination(findings, null);
        }
        findings.add(Finding.ok("git", version.text().strip()));
        Repository repository = null;
        try {
            repository = Repository.open(git, directory);
        } catch (GitException e) {
            if (explicitRepo) {
                findings.add(Finding.problem("clone", e.getMessage(), forkAndClone(project)));
            } else {
                findings.add(Finding.warning("clone", "not inside a clone, so the clone's checks were skipped",
                        "cd into your clone, or pass --repo DIR"));
            }
        }
        LegalKind legal = project == null ? null : project.legal().kind();
        boolean cla = legal != null && legal.needsCla();
        Optional<String> name = Repository.config(git, directory, "user.name");
        Optional<String> email = Repository.config(git, directory, "user.email");
        findings.add(nameFinding(name.orElse(""), email.orElse(""), project));
        findings.add(emailFinding(email.orElse(""), project));
        TargetBranch target = null;
        if (repository != null) {
            Map<String, String> remotes = repository.remotes();
            if (project != null) {
                List<ProjectRemotes.Remote> classified = ProjectRemotes.classify(remotes, project);
                findings.add(remoteFinding(classified, project));
                if (classified.stream().anyMatch(remote -> remote.role() != ProjectRemotes.Role.OTHER)) {
                    target = branchFinding(repository, remotes, project, findings);
                }
            }
            findings.add(legalFinding(repository, project));
        }
        if (repository != null && (legal == null || legal.needsSignOff() || legal == LegalKind.UNKNOWN)) {
            findings.add(hookFinding(repository));
        }
        if (project != null && cla) {
            findings.add(claFinding(project, email.orElse("")));
        }
        if (project == null) {
            findings.add(Finding.warning("project", "no project given, so the remote and the legal requirement were not checked",
                    "cncf-contrib doctor --project NAME"));
        }
        return new Examination(findings, target);
    }

    private static Finding nameFinding(String name, String email, Project project) {
        String fix = "git config --global user.name \"Your Name\"";
        if (name.isBlank()) {
            return Finding.problem("user.name", "user.name is not set: commits" + (claOnly(project) ? "" : " and sign-offs")
                    + " need your name", fix);
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        // the handle part of an address, also of GitHub's "12345+handle@users.noreply.github.com"
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
        local = local.substring(local.lastIndexOf('+') + 1);
        boolean placeholder = PLACEHOLDER_NAMES.contains(lower) || lower.contains("@") || lower.equals(local)
                || name.codePoints().noneMatch(Character::isLetter);
        if (claOnly(project)) {
            // the CNCF's real-name guideline is about DCO sign-offs; a CLA project's bots look at the e-mail only
            return Finding.ok("user.name", name + (placeholder || !name.strip().contains(" ")
                    ? " (" + project.name() + " asks for a CLA, not sign-offs: no rule asks for a real name in commits,"
                            + " but everyone will see this one)" : ""));
        }
        if (placeholder) {
            return Finding.warning("user.name", "'" + name + "' does not look like a person's name; the CNCF DCO guideline "
                    + "asks for a real name (not necessarily your legal name, but not anonymous)", fix);
        }
        if (!name.strip().contains(" ")) {
            return Finding.warning("user.name", "'" + name + "' is a single word; if it is a handle rather than your name, "
                    + "the CNCF DCO guideline asks for a real, not anonymous, name", fix);
        }
        return Finding.ok("user.name", name);
    }

    private static boolean claOnly(Project project) {
        return project != null && (project.legal().kind() == LegalKind.CNCF_CLA || project.legal().kind() == LegalKind.OTHER_CLA);
    }

    private static Finding emailFinding(String email, Project project) {
        String fix = "git config --global user.email you@example.com";
        if (email.isBlank()) {
            return Finding.problem("user.email", "user.email is not set: commits" + (claOnly(project) ? "" : " and sign-offs")
                    + " need your address", fix);
        }
        if (!EmailRules.NPM_EMAIL_VALIDATOR.valid(email)) {
            return Finding.problem("user.email", "'" + email + "' is not an address the DCO app accepts", fix);
        }
        boolean cla = project != null && project.legal().kind().needsCla();
        if (email.toLowerCase(Locale.ROOT).endsWith(NOREPLY) && cla) {
            String bot = LegalAdvice.easyCla(project.legal()) ? "EasyCLA" : "the CLA check";
            return Finding.warning("user.email", "'" + email + "' is a GitHub noreply address: " + bot + " matches the "
                    + "e-mail of your commits against your signed CLA, so use the address you sign with "
                    + "(and add it to https://github.com/settings/emails)" + cited(project), fix);
        }
        return Finding.ok("user.email", email);
    }

    /** "; as Kubernetes's own document says: URL (...)", or a note that the catalog has no source for it. */
    private static String cited(Project project) {
        String citation = LegalAdvice.citation(project);
        return citation != null ? "; " + citation : "; the catalog records no document of " + project.name() + " for it";
    }

    /**
     * The fork flow: a pull request comes from a branch of your fork (a remote you can push to) and goes to the
     * project's repository (a remote to keep up to date with).
     */
    private static Finding remoteFinding(List<ProjectRemotes.Remote> remotes, Project project) {
        String repository = project.repository();
        String github = ProjectRemotes.github(repository);
        List<ProjectRemotes.Remote> upstream = remotes.stream().filter(r -> r.role() == ProjectRemotes.Role.UPSTREAM).toList();
        List<ProjectRemotes.Remote> forks = remotes.stream().filter(r -> r.role() == ProjectRemotes.Role.FORK).toList();
        List<ProjectRemotes.Remote> others = remotes.stream().filter(r -> r.role() == ProjectRemotes.Role.OTHER).toList();
        if (remotes.isEmpty()) {
            return Finding.problem("remote", "this clone has no remote: a pull request to " + project.name()
                    + " comes from a branch of your fork of " + repository + ", so fork it first", forkFirst(project));
        }
        if (!upstream.isEmpty() && !forks.isEmpty()) {
            return Finding.ok("remote", "remote '" + upstream.get(0).name() + "' is " + upstream.get(0).normalised() + ", a repository of "
                    + project.name() + "; '" + forks.get(0).name() + "' (" + forks.get(0).normalised() + ") is a fork to push your branches to");
        }
        if (!upstream.isEmpty() && !others.isEmpty()) {
            return Finding.ok("remote", "remote '" + upstream.get(0).name() + "' is " + upstream.get(0).normalised() + ", a repository of "
                    + project.name() + "; push your branches to your fork ('" + others.get(0).name() + "' if that is it)");
        }
        if (!upstream.isEmpty()) {
            ProjectRemotes.Remote only = upstream.get(0);
            String web = github != null ? "fork on https://github.com/" + github + "/fork, then "
                    + (only.name().equals("origin") ? "git remote rename origin upstream && " : "")
                    + "git remote add origin https://github.com/YOU/" + github.substring(github.indexOf('/') + 1) + ".git"
                    : "fork it on its host, then git remote add origin YOUR-FORK-URL";
            return Finding.warning("remote", "remote '" + only.name() + "' is " + only.normalised() + ", " + project.name()
                    + "'s own repository, and no remote is a fork: you cannot push a branch there, and a pull request"
                    + " comes from a branch of your fork",
                    (github != null ? "gh repo fork --remote (your fork becomes 'origin'"
                            + (only.name().equals("origin") ? ", this 'origin' becomes 'upstream'" : "") + "), or " : "") + web);
        }
        if (!forks.isEmpty()) {
            return Finding.warning("remote", "remote '" + forks.get(0).name() + "' (" + forks.get(0).normalised() + ") looks like a fork; "
                    + "no remote points at " + RemoteUrl.normalise(repository)
                    + " itself, which you need to keep your branch up to date",
                    "git remote add upstream " + repository + " && git fetch upstream");
        }
        List<String> urls = remotes.stream().map(ProjectRemotes.Remote::url).toList();
        return Finding.problem("remote", "no remote of this clone belongs to " + project.name() + " (" + String.join(", ", urls) + ")",
                forkAndClone(project));
    }

    /** The branch checked out, against the one a pull request goes to; returns that one. */
    private static TargetBranch branchFinding(Repository repository, Map<String, String> remotes, Project project,
            List<Finding> findings) {
        Refs refs;
        try {
            refs = repository.refs();
        } catch (GitException e) {
            return null;
        }
        TargetBranch target = ProjectRemotes.target(refs, remotes, project).filter(b -> b.remote() != null).orElse(null);
        if (target == null) {
            return null;
        }
        String current = refs.currentBranch();
        if (current != null && current.equals(target.branch())) {
            findings.add(Finding.warning("branch", "you are on " + current + ", the branch pull requests go to ("
                    + target.label() + "); make each change on a branch of its own, so that your " + current
                    + " can follow " + target.label(), "git switch -c my-change " + target.label()));
        } else {
            findings.add(Finding.ok("branch", (current == null ? "a detached HEAD" : "branch '" + current + "'")
                    + "; pull requests go to " + target.label() + " (" + target.why() + ")"));
        }
        return target;
    }

    /** What the clone's own files say about a sign-off or a CLA, next to the catalog's fact. */
    private static Finding legalFinding(Repository repository, Project project) {
        CloneLegal clone;
        try {
            clone = CloneLegal.read(repository.topLevel(), repository);
        } catch (GitException e) {
            return Finding.warning("legal", "the clone's files could not be read: " + e.getMessage(), null);
        }
        LegalVerdict verdict = LegalVerdict.of(project, clone);
        if (verdict.contradiction()) {
            return Finding.warning("legal", verdict.why(), "cncf-contrib check legal");
        }
        if (verdict.kind().equals(LegalKind.UNKNOWN.id())) {
            return Finding.warning("legal", verdict.why(), "cncf-contrib setup signoff");
        }
        return Finding.ok("legal", verdict.why());
    }

    private static Finding hookFinding(Repository repository) {
        try {
            if (SignoffHook.of(repository).installed()) {
                return Finding.ok("sign-off", "the sign-off hook adds Signed-off-by to every commit");
            }
        } catch (GitException e) {
            // fall through: no hooks directory means no hook
        }
        return Finding.warning("sign-off", "commits are not signed off automatically; remember 'git commit -s' "
                + "(git has no setting for it)", "cncf-contrib setup signoff");
    }

    private static Finding claFinding(Project project, String email) {
        Legal legal = project.legal();
        String steps = switch (legal.kind()) {
            case CNCF_CLA -> "CNCF CLA through EasyCLA, which cannot be checked offline: open your first pull request; "
                    + "the EasyCLA bot comments with a link; sign as an individual, or ask your employer's CLA manager to "
                    + "add you to its corporate CLA; the address of your commits" + (email.isBlank() ? "" : " (" + email + ")")
                    + " must be linked to your GitHub account and covered by the CLA; then comment /easycla on the pull "
                    + "request to re-run the check. The bot's comment on that first pull request is how you see your status";
            default -> legal.label() + ": " + legal.inPractice()
                    + (legal.bot() != null ? " It is checked by " + legal.bot() + "." : "");
        };
        return Finding.warning("cla", steps + cited(project), legal.signingUrl() != null ? "open " + legal.signingUrl() : null);
    }

    /** With no remote: fork the project and clone the fork, or add both remotes here after forking on the web. */
    private static String forkFirst(Project project) {
        String github = ProjectRemotes.github(project.repository());
        if (github == null) {
            return "fork " + project.repository() + " on its host, then: git remote add origin YOUR-FORK-URL && "
                    + "git remote add upstream " + project.repository();
        }
        return "gh repo fork " + github + " --clone, or fork on https://github.com/" + github + "/fork and here: "
                + "git remote add origin https://github.com/YOU/" + github.substring(github.indexOf('/') + 1) + ".git && "
                + "git remote add upstream " + project.repository();
    }

    /** A clone to start from: of your fork, since nobody can push to the project's own repository. */
    private static String forkAndClone(Project project) {
        if (project == null) {
            return "gh repo fork OWNER/REPO --clone";
        }
        String github = ProjectRemotes.github(project.repository());
        return github != null ? "gh repo fork " + github + " --clone"
                : "fork " + project.repository() + " on its host and clone your fork";
    }
}
