package dev.cncfcontrib.git;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} the user has as a child process: an argument list (never a shell), the environment the
 * program was given (so tests control HOME and git's configuration), a timeout and a cap on the output read.
 */
public class GitRunner {

    /** Most calls answer in milliseconds; a log over a large history or a rebase may take longer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_OUTPUT_CAP = 256 * 1024 * 1024;
    private static final int ERROR_CAP = 64 * 1024;

    private final Map<String, String> environment;
    private final String executable;
    private final int outputCap;

    public GitRunner(Map<String, String> environment) {
        this(environment, "git", DEFAULT_OUTPUT_CAP);
    }

    GitRunner(Map<String, String> environment, String executable, int outputCap) {
        this.environment = Map.copyOf(environment);
        this.executable = executable;
        this.outputCap = outputCap;
    }

    /** Runs {@code git args...} in {@code directory} with the default timeout. */
    public GitResult run(Path directory, List<String> args) {
        return run(directory, args, DEFAULT_TIMEOUT);
    }

    public GitResult run(Path directory, List<String> args, Duration timeout) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(executable);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(environment);
        // never wait for a password or an editor: this program is not a terminal for git
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.putIfAbsent("GIT_EDITOR", "true");
        env.put("GIT_PAGER", "cat");
        builder.redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException("cannot run git (" + e.getMessage() + "); is git installed and on the PATH?", e);
        }
        Drain errors = new Drain(process.getErrorStream(), ERROR_CAP);
        Thread errorThread = new Thread(errors, "git-stderr");
        errorThread.setDaemon(true);
        errorThread.start();
        Drain output = new Drain(process.getInputStream(), outputCap);
        Thread outputThread = new Thread(output, "git-stdout");
        outputThread.setDaemon(true);
        outputThread.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + String.join(" ", args.subList(0, Math.min(2, args.size())))
                        + " did not finish within " + timeout.toSeconds() + " s");
            }
            outputThread.join(timeout.toMillis());
            errorThread.join(1000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while waiting for git", e);
        }
        if (output.overflowed) {
            throw new GitException("git produced more than " + (outputCap / (1024 * 1024))
                    + " MiB of output; narrow the range of commits");
        }
        return new GitResult(process.exitValue(), output.bytes(), new String(errors.bytes(), StandardCharsets.UTF_8));
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    /** Reads a stream to its end, keeping at most {@code cap} bytes; the rest is read and dropped so git never blocks. */
    private static final class Drain implements Runnable {
        private final InputStream in;
        private final int cap;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
        private volatile boolean overflowed;

        Drain(InputStream in, int cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[65536];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    int room = cap - kept.size();
                    if (n > room) {
                        overflowed = true;
                        kept.write(buffer, 0, Math.max(room, 0));
                    } else {
                        kept.write(buffer, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process died or was killed; what was read so far is all there is
            }
        }

        synchronized byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
