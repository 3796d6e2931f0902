package dev.cncfcontrib.live;

import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Finds the GitHub token a person already has, as gh does: {@code GH_TOKEN}, then {@code GITHUB_TOKEN}, then
 * {@code gh auth token} when gh is on the {@code PATH} of the environment this program was given (run as an
 * argument list with a timeout, never through a shell). No token is fine: GitHub then applies its lower limits.
 */
public final class GitHubTokens {

    /** gh answers from its own configuration file; a slow keyring gets a few seconds, no more. */
    static final Duration GH_TIMEOUT = Duration.ofSeconds(5);
    private static final int GH_OUTPUT_CAP = 64 * 1024;

    private GitHubTokens() {
    }

    /** The token to use, or null. */
    public static GitHubToken find(Map<String, String> env) {
        for (String name : List.of("GH_TOKEN", "GITHUB_TOKEN")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return new GitHubToken(value.strip(), name);
            }
        }
        Path gh = onPath(env.get("PATH"), "gh");
        if (gh == null) {
            return null;
        }
        try {
            GitResult result = GitRunner.program(env, gh.toString(), GH_OUTPUT_CAP)
                    .run(workingDirectory(env), List.of("auth", "token"), GH_TIMEOUT);
            String token = result.ok() ? result.text().strip() : "";
            return token.isEmpty() || token.contains("\n") ? null : new GitHubToken(token, "gh auth token");
        } catch (GitException e) {
            return null; // gh missing, broken or too slow: go without a token
        }
    }

    /** The first executable {@code name} in the directories of {@code path}, or null. */
    static Path onPath(String path, String name) {
        if (path == null || path.isBlank()) {
            return null;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue; // an empty entry means the working directory: never run a program from there
            }
            try {
                Path candidate = Path.of(directory, name);
                if (candidate.isAbsolute() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            } catch (InvalidPathException ignored) {
                // not a directory name
            }
        }
        return null;
    }

    private static Path workingDirectory(Map<String, String> env) {
        String home = env.get("HOME");
        try {
            if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home))) {
                return Path.of(home);
            }
        } catch (InvalidPathException ignored) {
            // fall back to the root
        }
        return Path.of(File.separator);
    }
}
