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

    /**
     * Runs another command-line program the same way (an argument list, this environment, a timeout, a cap on
     * the output): {@code gh auth token}. Its failures are reported as {@link GitException}s.
     */
    public static GitRunner program(Map<String, String> environment, String executable, int outputCap) {
        return new GitRunner(environment, executable, outputCap);
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

    /** Runs {@code git args...} and collects its output: {@link #stream} into a buffer, with the same limits. */
    public GitResult run(Path directory, List<String> args, Duration timeout) {
        Collected output = new Collected();
        GitResult result = stream(directory, args, timeout, output);
        return new GitResult(result.exitCode(), output.toByteArray(), result.stderr());
    }

    /** The whole output, kept; {@link #stream} stops git at the cap before this grows past it. */
    private static final class Collected extends ByteArrayOutputStream implements OutputSink {
        Collected() {
            super(8192);
        }

        @Override
        public void write(byte[] buffer, int length) {
            write(buffer, 0, length);
        }
    }

    /** Receives a git command's standard output as it arrives. */
    public interface OutputSink {
        /** {@code buffer[0..length)} is the next piece of output; the buffer is reused after the call. */
        void write(byte[] buffer, int length);
    }

    /**
     * Runs {@code git args...} and hands its standard output to {@code sink} while git is still writing it, so
     * that parsing overlaps git's own work instead of following it. The result holds no stdout; the timeout and
     * the output cap apply as in {@link #run(Path, List, Duration)}. An exception from the sink stops git.
     */
    public GitResult stream(Path directory, List<String> args, Duration timeout, OutputSink sink) {
        Process process = start(directory, args);
        Drain errors = drain(process.getErrorStream(), ERROR_CAP, "git-stderr");
        Watchdog watchdog = new Watchdog(process, timeout);
        Thread watchdogThread = new Thread(watchdog, "git-timeout");
        watchdogThread.setDaemon(true);
        watchdogThread.start();
        long total = 0;
        byte[] buffer = new byte[65536];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > outputCap) {
                    stop(process);
                    throw tooLarge();
                }
                sink.write(buffer, n);
            }
            // git closed its output; it exits right after, unless the watchdog already stopped it
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || watchdog.fired) {
                stop(process);
                throw tooSlow(args, timeout);
            }
            errors.thread.join(1000);
        } catch (IOException e) {
            stop(process);
            if (watchdog.fired) {
                throw tooSlow(args, timeout);
            }
            throw new GitException("cannot read the output of git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            throw interrupted(process, e);
        } catch (RuntimeException e) {
            stop(process);
            throw watchdog.fired ? tooSlow(args, timeout) : e;
        } finally {
            watchdogThread.interrupt();
        }
        return new GitResult(process.exitValue(), new byte[0], new String(errors.bytes(), StandardCharsets.UTF_8));
    }

    private Process start(Path directory, List<String> args) {
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
        try {
            return builder.start();
        } catch (IOException e) {
            throw new GitException("cannot run git (" + e.getMessage() + "); is git installed and on the PATH?", e);
        }
    }

    /**
     * Stops git and whatever it started (a hook, ssh, a credential helper): a child that outlived git would hold
     * its output pipe open, and reading it would wait for that child.
     */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Drain drain(InputStream in, int cap, String name) {
        Drain drain = new Drain(in, cap);
        drain.thread = new Thread(drain, name);
        drain.thread.setDaemon(true);
        drain.thread.start();
        return drain;
    }

    private static GitException tooSlow(List<String> args, Duration timeout) {
        return new GitException("git " + String.join(" ", args.subList(0, Math.min(2, args.size())))
                + " did not finish within " + timeout.toSeconds() + " s");
    }

    private GitException tooLarge() {
        return new GitException("git produced more than " + (outputCap / (1024 * 1024))
                + " MiB of output; narrow the range of commits");
    }

    private static GitException interrupted(Process process, InterruptedException e) {
        stop(process);
        Thread.currentThread().interrupt();
        return new GitException("interrupted while waiting for git", e);
    }

    /** Stops git when the timeout passes; reading its output then ends. */
    private static final class Watchdog implements Runnable {
        private final Process process;
        private final Duration timeout;
        private volatile boolean fired;

        Watchdog(Process process, Duration timeout) {
            this.process = process;
            this.timeout = timeout;
        }

        @Override
        public void run() {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    fired = true;
                    stop(process);
                }
            } catch (InterruptedException finished) {
                // the reader is done with git
            }
        }
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    /** Reads git's stderr to its end, keeping at most {@code cap} bytes; the rest is dropped so git never blocks. */
    private static final class Drain implements Runnable {
        private final InputStream in;
        private final int cap;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
        private Thread thread;

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
                    kept.write(buffer, 0, Math.max(Math.min(n, room), 0));
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
