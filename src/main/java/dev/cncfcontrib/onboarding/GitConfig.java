package dev.cncfcontrib.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
     * Runs {@code git config --get} as a process, with a timeout. The variables that choose which configuration
     * files git reads are taken from {@code env} (the program's environment as the commands see it).
     */
    static GitConfig process(Map<String, String> env) {
        return process(env, null);
    }

    /** Like {@link #process(Map)}, in {@code workingDirectory} (whose repository's own settings count too). */
    static GitConfig process(Map<String, String> env, java.io.File workingDirectory) {
        return key -> run(env, workingDirectory, key, Duration.ofSeconds(5));
    }

    private static String run(Map<String, String> env, java.io.File workingDirectory, String key, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(List.of("git", "config", "--get", key)).directory(workingDirectory);
        for (String name : List.of("HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM", "PATH")) {
            if (env.containsKey(name)) {
                builder.environment().put(name, env.get(name));
            }
        }
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null")));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new Unavailable("git is not installed or not on the PATH");
        }
        try {
            byte[] output = readCapped(process.getInputStream(), 64 * 1024);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new Unavailable("git did not answer within " + timeout.toSeconds() + " s");
            }
            int exit = process.exitValue();
            if (exit == 1) {
                return null; // the key is not set
            }
            String text = new String(output, StandardCharsets.UTF_8).strip();
            if (exit != 0) {
                throw new Unavailable("git config failed (exit " + exit + "): " + text);
            }
            return text;
        } catch (IOException e) {
            process.destroyForcibly();
            throw new Unavailable("cannot read git's answer: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking git");
        }
    }

    private static byte[] readCapped(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() < max) {
                out.write(buffer, 0, Math.min(read, max - out.size()));
            }
        }
        return out.toByteArray();
    }
}
