package dev.cncfcontrib.links;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Checks many URLs at once: at most {@code concurrency} requests in flight, and at most {@code perHost} of them to
 * one host, so that a catalog where most links point at one forge does not hammer it. A link whose host is busy
 * waits while links to other hosts go ahead. {@link #cancel()} (Ctrl-C) and the run deadline stop the check
 * quickly; the results gathered so far are kept.
 */
public final class LinkCheck {

    /** How a run ended. */
    public enum Ending { COMPLETE, CANCELLED, DEADLINE }

    /** Counts after each result, for a progress display. */
    public record Progress(int total, int checked, int failing, Duration elapsed) {

        public int left() {
            return total - checked;
        }

        /** The time still needed at the pace so far, or null before there is a pace. */
        public Duration estimate() {
            if (checked == 0) {
                return null;
            }
            return Duration.ofNanos(elapsed.toNanos() / checked * left());
        }
    }

    /** Told about progress; calls are serialised but come from worker threads. */
    public interface Listener {
        void progress(Progress progress);

        Listener NONE = progress -> { };
    }

    /**
     * What a run found.
     *
     * @param results by URL, in the order the URLs were given; links not checked before the end are absent
     * @param total   the number of distinct URLs asked for
     */
    public record Outcome(Map<String, LinkResult> results, int total, Ending ending, Duration elapsed) {

        public int unchecked() {
            return total - results.size();
        }
    }

    private final LinkProbe probe;
    private final int concurrency;
    private final int perHost;
    private final Duration runDeadline;
    private final LongSupplier nanoTime;

    private final Object lock = new Object();
    private final LinkedList<String> pending = new LinkedList<>();
    private final Map<String, String> hostOf = new HashMap<>();
    private final Map<String, Integer> inFlightByHost = new HashMap<>();
    private final Map<String, LinkResult> finished = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private Ending ending;
    private boolean cancelRequested;
    private int failing;

    public LinkCheck(LinkProbe probe, int concurrency, int perHost, Duration runDeadline) {
        this(probe, concurrency, perHost, runDeadline, System::nanoTime);
    }

    /** {@code nanoTime} keeps the run deadline and the elapsed times: a test's clock moves when the test says. */
    LinkCheck(LinkProbe probe, int concurrency, int perHost, Duration runDeadline, LongSupplier nanoTime) {
        if (concurrency < 1 || perHost < 1) {
            throw new IllegalArgumentException("concurrency and per-host limit must be at least 1");
        }
        this.probe = probe;
        this.concurrency = concurrency;
        this.perHost = perHost;
        this.runDeadline = runDeadline;
        this.nanoTime = nanoTime;
    }

    /** Checks each distinct URL once; blocks until all are checked, the deadline passes or {@link #cancel()}. */
    public Outcome run(List<String> urls, Listener listener) throws InterruptedException {
        long start = nanoTime.getAsLong();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(urls));
        synchronized (lock) {
            if (!workers.isEmpty() || ending != null) {
                throw new IllegalStateException("a LinkCheck runs once");
            }
            for (String url : distinct) {
                String invalid = LinkUrls.invalidReason(url);
                if (invalid != null) {
                    record(LinkResult.of(url, LinkStatus.INVALID_URL, invalid));
                } else {
                    pending.add(url);
                    hostOf.put(url, LinkUrls.host(url)); // once, not on every scan of the queue
                }
            }
            if (cancelRequested) {
                ending = Ending.CANCELLED;
            }
            int threads = ending == null ? Math.min(concurrency, pending.size()) : 0;
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(() -> work(start, listener, distinct.size()), "link-check-" + (i + 1));
                worker.setDaemon(true); // a stuck request must never keep the JVM alive
                workers.add(worker);
            }
        }
        for (Thread worker : workers) {
            worker.start();
        }
        long deadline = start + runDeadline.toNanos();
        synchronized (lock) {
            while (ending == null && finished.size() < distinct.size()) {
                long left = deadline - nanoTime.getAsLong();
                if (left <= 0) {
                    stop(Ending.DEADLINE);
                    break;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            if (ending == null) {
                ending = Ending.COMPLETE;
            }
        }
        // cancelled requests return at once; waiting a little lets their threads end before the report is printed
        long joinUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        for (Thread worker : workers) {
            long left = joinUntil - System.nanoTime();
            if (left > 0) {
                worker.join(Math.max(1, left / 1_000_000));
            }
        }
        Map<String, LinkResult> ordered = new LinkedHashMap<>();
        synchronized (lock) {
            for (String url : distinct) {
                LinkResult result = finished.get(url);
                if (result != null) {
                    ordered.put(url, result);
                }
            }
            return new Outcome(Collections.unmodifiableMap(ordered), distinct.size(), ending,
                    Duration.ofNanos(nanoTime.getAsLong() - start));
        }
    }

    /** Stops the run from any thread (the Ctrl-C hook): requests in flight are aborted and not reported. */
    public void cancel() {
        synchronized (lock) {
            cancelRequested = true;
            if (ending == null && !workers.isEmpty()) {
                stop(Ending.CANCELLED);
            }
        }
    }

    private void stop(Ending why) {
        ending = why;
        pending.clear();
        lock.notifyAll();
        probe.cancelAll();
        for (Thread worker : workers) {
            worker.interrupt(); // wakes a worker waiting out a Retry-After
        }
    }

    private void work(long start, Listener listener, int total) {
        while (true) {
            String url;
            String host;
            synchronized (lock) {
                url = null;
                host = null;
                while (ending == null && url == null && !pending.isEmpty()) {
                    for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
                        String candidate = it.next();
                        String candidateHost = hostOf.get(candidate);
                        if (inFlightByHost.getOrDefault(candidateHost, 0) < perHost) {
                            it.remove();
                            url = candidate;
                            host = candidateHost;
                            inFlightByHost.merge(host, 1, Integer::sum);
                            break;
                        }
                    }
                    if (url == null) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                if (url == null) {
                    return;
                }
            }
            LinkResult result;
            try {
                result = probe.check(url);
            } catch (RuntimeException e) {
                result = LinkResult.of(url, LinkStatus.CONNECTION_FAILURE, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            synchronized (lock) {
                inFlightByHost.merge(host, -1, Integer::sum);
                if (ending == null) {
                    record(result);
                    listener.progress(new Progress(total, finished.size(), failing, Duration.ofNanos(nanoTime.getAsLong() - start)));
                }
                lock.notifyAll();
            }
        }
    }

    private void record(LinkResult result) {
        finished.put(result.url(), result);
        if (result.broken()) {
            failing++;
        }
    }
}
