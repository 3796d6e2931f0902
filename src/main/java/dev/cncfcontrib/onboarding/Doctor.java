package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.dco.EmailRules;
import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.git.Repository;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a machine and a clone against what a project asks of a contributor: git and its identity, the clone's
 * remote, the sign-off hook, and for CLA projects the address the CLA bot will match. Offline: nothing here
 * opens a network connection.
 */
public final class Doctor {

    private static final String NOREPLY = "@users.noreply.github.com";
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("root", "admin", "administrator", "user", "ubuntu",
            "debian", "vagrant", "test", "anonymous", "unknown", "me", "dev", "developer", "your name", "name");

    private final GitRunner git;

    public Doctor(GitRunner git) {
        this.git = git;
    }

    /**
     * @param directory    where to look for the clone
     * @param explicitRepo the directory was named on the command line, so not being a clone is a problem
     * @param project      the project the clone is for, if known
     */
    public List<Finding> examine(Path directory, boolean explicitRepo, Project project) {
        List<Finding> findings = new ArrayList<>();
        GitResult version;
        try {
            version = git.run(directory, List.of("--version"));
        } catch (GitException e) {
            findings.add(Finding.problem("git", "git cannot be run: " + e.getMessage(),
                    "install git: https://git-scm.com/downloads"));
            return findings;
        }
        findings.add(Finding.ok("git", version.text().strip()));
        Repository repository = null;
        try {
            repository = Repository.open(git, directory);
        } catch (GitException e) {
            if (explicitRepo) {
                findings.add(Finding.problem("clone", e.getMessage(), "git clone " + cloneUrl(project)));
            } else {
                findings.add(Finding.warning("clone", "not inside a clone, so the clone's checks were skipped",
                        "cd into your clone, or pass --repo DIR"));
            }
        }
        LegalKind legal = project == null ? null : project.legal().kind();
        boolean cla = legal != null && legal.needsCla();
        Optional<String> name = Repository.config(git, directory, "user.name");
        Optional<String> email = Repository.config(git, directory, "user.email");
        findings.add(nameFinding(name.orElse(""), email.orElse("")));
        findings.add(emailFinding(email.orElse(""), cla));
        if (repository != null && project != null) {
            findings.add(remoteFinding(repository.remotes(), project));
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
        return findings;
    }

    private static Finding nameFinding(String name, String email) {
        String fix = "git config --global user.name \"Your Name\"";
        if (name.isBlank()) {
            return Finding.problem("user.name", "user.name is not set: commits and sign-offs need your name", fix);
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        // the handle part of an address, also of GitHub's "12345+handle@users.noreply.github.com"
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
        local = local.substring(local.lastIndexOf('+') + 1);
        boolean placeholder = PLACEHOLDER_NAMES.contains(lower) || lower.contains("@") || lower.equals(local)
                || name.codePoints().noneMatch(Character::isLetter);
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

    private static Finding emailFinding(String email, boolean cla) {
        String fix = "git config --global user.email you@example.com";
        if (email.isBlank()) {
            return Finding.problem("user.email", "user.email is not set: commits and sign-offs need your address", fix);
        }
        if (!EmailRules.NPM_EMAIL_VALIDATOR.valid(email)) {
            return Finding.problem("user.email", "'" + email + "' is not an address the DCO app accepts", fix);
        }
        if (email.toLowerCase(Locale.ROOT).endsWith(NOREPLY) && cla) {
            return Finding.warning("user.email", "'" + email + "' is a GitHub noreply address: EasyCLA matches the "
                    + "e-mail of your commits against your signed CLA, so use the address you sign with "
                    + "(and add it to https://github.com/settings/emails)", fix);
        }
        return Finding.ok("user.email", email);
    }

    private static Finding remoteFinding(Map<String, String> remotes, Project project) {
        List<String> wanted = new ArrayList<>();
        wanted.add(normalise(project.repository()));
        if (project.additionalRepositories() != null) {
            project.additionalRepositories().forEach(url -> wanted.add(normalise(url)));
        }
        String fork = null;
        for (Map.Entry<String, String> remote : remotes.entrySet()) {
            String url = normalise(remote.getValue());
            if (wanted.contains(url)) {
                return Finding.ok("remote", "remote '" + remote.getKey() + "' is " + url + ", a repository of " + project.name());
            }
            for (String repository : wanted) {
                if (fork == null && lastSegment(url).equals(lastSegment(repository)) && !lastSegment(url).isEmpty()) {
                    fork = remote.getKey() + "' (" + url;
                }
            }
        }
        if (fork != null) {
            return Finding.warning("remote", "remote '" + fork + ") looks like a fork; no remote points at "
                    + wanted.get(0) + " itself, which you need to keep your branch up to date",
                    "git remote add upstream " + project.repository());
        }
        return Finding.problem("remote", remotes.isEmpty()
                ? "this clone has no remote; " + project.name() + " lives at " + project.repository()
                : "no remote of this clone belongs to " + project.name() + " (" + String.join(", ", remotes.values()) + ")",
                "git clone " + project.repository());
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
            default -> legal.label() + ": " + legal.kind().explanation()
                    + (legal.bot() != null ? " It is checked by " + legal.bot() + "." : "");
        };
        return Finding.warning("cla", steps, legal.signingUrl() != null ? "open " + legal.signingUrl() : null);
    }

    private static String cloneUrl(Project project) {
        return project == null ? "URL" : project.repository();
    }

    /** {@code host/owner/repo} in lower case, from https, ssh and scp-like git URLs. */
    static String normalise(String url) {
        if (url == null) {
            return "";
        }
        String text = url.strip();
        String hostAndPath;
        if (text.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            try {
                URI uri = URI.create(text);
                hostAndPath = (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPath() == null ? "" : uri.getPath());
            } catch (IllegalArgumentException e) {
                hostAndPath = text;
            }
        } else if (text.matches("^[^/]*:.*")) {
            int colon = text.indexOf(':');
            String host = text.substring(0, colon);
            hostAndPath = host.substring(host.indexOf('@') + 1) + "/" + text.substring(colon + 1);
        } else {
            hostAndPath = text;
        }
        hostAndPath = hostAndPath.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (hostAndPath.endsWith(".git")) {
            hostAndPath = hostAndPath.substring(0, hostAndPath.length() - 4);
        }
        return hostAndPath.replaceAll("/+", "/");
    }

    private static String lastSegment(String normalised) {
        int slash = normalised.lastIndexOf('/');
        return slash < 0 ? "" : normalised.substring(slash + 1);
    }

    /** The project whose repository one of the clone's remotes points at, if any. */
    public static Optional<Project> projectOf(Repository repository, List<Project> projects) {
        Map<String, String> remotes = repository.remotes();
        for (String url : remotes.values()) {
            String normalised = normalise(url);
            for (Project project : projects) {
                if (normalised.equals(normalise(project.repository()))) {
                    return Optional.of(project);
                }
            }
        }
        return Optional.empty();
    }
}
