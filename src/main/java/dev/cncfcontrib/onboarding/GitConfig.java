package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Reads one git configuration value, the way {@code git config --get KEY} does. */
public interface GitConfig {

    /** The value, or null when it is not set; throws {@link Unavailable} when git cannot be asked. */
    String get(String key);

    /** git is missing, hung or failed in an unexpected way. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Runs {@code git config --get} as a process, through {@link GitRunner} (argument list, timeout, capped
     * output), with the program's environment as the commands see it: it decides which files git reads.
     */
    static GitConfig process(Map<String, String> env) {
        return process(env, null);
    }

    /** Like {@link #process(Map)}, in {@code workingDirectory} (whose repository's own settings count too). */
    static GitConfig process(Map<String, String> env, java.io.File workingDirectory) {
        GitRunner git = new GitRunner(env);
        Path directory = workingDirectory != null ? workingDirectory.toPath() : Path.of("").toAbsolutePath();
        return key -> {
            GitResult result;
            try {
                result = git.run(directory, List.of("config", "--get", key), Duration.ofSeconds(5));
            } catch (GitException e) {
                throw new Unavailable(e.getMessage());
            }
            if (result.exitCode() == 1) {
                return null; // the key is not set
            }
            if (!result.ok()) {
                throw new Unavailable("git config failed (exit " + result.exitCode() + "): " + result.firstErrorLine());
            }
            return result.text().strip();
        };
    }
}
