package dev.cncfcontrib.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) during a long command into a call to {@code cancel}, then holds the JVM's exit until the
 * command has printed what it has (at most a few seconds). A JVM shutdown hook is the one portable way to see
 * SIGINT; the hook only calls {@link #interrupted()}, which tests call directly.
 */
final class CancelOnCtrlC implements AutoCloseable {

    /** Long enough to print a report; short enough that a second Ctrl-C is never needed. */
    private static final long WAIT_FOR_REPORT_SECONDS = 5;

    private final Runnable cancel;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean triggered;

    private CancelOnCtrlC(Runnable cancel) {
        this.cancel = cancel;
        this.hook = new Thread(this::interrupted, "ctrl-c");
    }

    /** Installs the hook until {@link #close()}. */
    static CancelOnCtrlC install(Runnable cancel) {
        CancelOnCtrlC handler = new CancelOnCtrlC(cancel);
        Runtime.getRuntime().addShutdownHook(handler.hook);
        return handler;
    }

    /** What the hook does: cancel, then wait until the command is done reporting. */
    void interrupted() {
        triggered = true;
        cancel.run();
        try {
            reported.await(WAIT_FOR_REPORT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean triggered() {
        return triggered;
    }

    /** The command has flushed its report: the JVM may exit now. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns as soon as the latch above is open
        }
    }
}
