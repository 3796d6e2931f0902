package dev.cncfcontrib.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.net.LoopbackDns;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checker's limits and its ways of stopping. The limits and the stops are seen through a probe whose calls wait
 * until the test lets them go, and the deadline through a clock the test moves, so that no verdict depends on how
 * fast the machine is; the URL handling runs against a loopback server.
 */
@Timeout(30)
class LinkCheckTest {

    /** What a test waits for at most; reached only when the checker is broken. */
    private static final long BOUND_SECONDS = 10;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(request.getUrl().encodedPath().startsWith("/missing") ? 404 : 200).build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + server.getPort() + path;
    }

    private List<String> urls(String host, int count) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(url(host, "/page" + i));
        }
        return urls;
    }

    /**
     * A probe whose calls wait until the test releases them (or the gate opens, or the check cancels), counting what
     * is in flight; the first {@code answeredAtOnce} calls are answered without waiting. Released calls answer OK;
     * cancelled ones a connection failure, as aborted requests do.
     */
    private static final class GatedProbe implements LinkProbe {
        private final Object lock = new Object();
        private final int answeredAtOnce;
        private final List<String> waiting = new ArrayList<>();
        private final Set<String> released = new HashSet<>();
        private final Map<String, Integer> inFlightPerHost = new HashMap<>();
        private final Map<String, Integer> maxPerHost = new HashMap<>();
        private IntConsumer beforeAnswerAtOnce = call -> { };
        private int calls;
        private int returned;
        private int inFlight;
        private int maxInFlight;
        private boolean open;
        private boolean cancelled;

        GatedProbe(int answeredAtOnce) {
            this.answeredAtOnce = answeredAtOnce;
        }

        @Override
        public LinkResult check(String url) {
            String host = URI.create(url).getHost();
            synchronized (lock) {
                int call = ++calls;
                inFlight++;
                maxInFlight = Math.max(maxInFlight, inFlight);
                maxPerHost.merge(host, inFlightPerHost.merge(host, 1, Integer::sum), Math::max);
                boolean aborted = false;
                if (call <= answeredAtOnce) {
                    beforeAnswerAtOnce.accept(call);
                } else {
                    waiting.add(url);
                    lock.notifyAll();
                    while (!open && !released.contains(url) && !cancelled) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    waiting.remove(url);
                    aborted = !open && !released.contains(url);
                }
                inFlight--;
                inFlightPerHost.merge(host, -1, Integer::sum);
                returned++;
                lock.notifyAll();
                return aborted ? LinkResult.of(url, LinkStatus.CONNECTION_FAILURE, "cancelled")
                        : new LinkResult(url, LinkStatus.OK, 200, null, "200 OK");
            }
        }

        @Override
        public void cancelAll() {
            synchronized (lock) {
                cancelled = true;
                lock.notifyAll();
            }
        }

        /** Waits until {@code returnedSoFar} calls have returned and {@code count} unreleased ones wait. */
        void awaitWaiting(int returnedSoFar, int count) throws InterruptedException {
            long bound = TimeUnit.SECONDS.toMillis(BOUND_SECONDS);
            synchronized (lock) {
                while (returned != returnedSoFar || waiting.size() != count || waiting.stream().anyMatch(released::contains)) {
                    if (bound <= 0) {
                        throw new AssertionError("expected " + count + " calls in flight after " + returnedSoFar
                                + " answers; " + waiting.size() + " wait after " + returned);
                    }
                    long before = System.currentTimeMillis();
                    lock.wait(bound);
                    bound -= System.currentTimeMillis() - before;
                }
            }
        }

        /** Lets the call that has waited longest answer. */
        void releaseOldest() {
            synchronized (lock) {
                released.add(waiting.get(0));
                lock.notifyAll();
            }
        }

        void openGate() {
            synchronized (lock) {
                open = true;
                lock.notifyAll();
            }
        }

        int maxInFlight() {
            synchronized (lock) {
                return maxInFlight;
            }
        }

        int maxPerHost(String host) {
            synchronized (lock) {
                return maxPerHost.getOrDefault(host, 0);
            }
        }

        boolean cancelled() {
            synchronized (lock) {
                return cancelled;
            }
        }
    }

    /** Runs {@code check} in another thread, so that the test can drive the probe meanwhile. */
    private static final class Running {
        private final Thread thread;
        private volatile LinkCheck.Outcome outcome;
        private volatile Throwable failure;

        Running(LinkCheck check, List<String> urls) {
            thread = new Thread(() -> {
                try {
                    outcome = check.run(urls, LinkCheck.Listener.NONE);
                } catch (Throwable e) {
                    failure = e;
                }
            }, "link-check-test");
            thread.start();
        }

        LinkCheck.Outcome outcome() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
            assertThat(thread.isAlive()).as("the check ended").isFalse();
            assertThat(failure).isNull();
            return outcome;
        }
    }

    @Test
    void perHostLimitIsHonouredWhileOtherHostsGoAhead() throws Exception {
        List<String> urls = new ArrayList<>(urls("a.test", 24));
        urls.addAll(urls("b.test", 6));
        GatedProbe probe = new GatedProbe(0);
        Running running = new Running(new LinkCheck(probe, 8, 3, Duration.ofMinutes(1)), urls);

        probe.awaitWaiting(0, 6); // the 8 threads can only use 3 + 3
        probe.openGate();
        LinkCheck.Outcome outcome = running.outcome();

        assertThat(outcome.ending()).isEqualTo(LinkCheck.Ending.COMPLETE);
        assertThat(outcome.results()).hasSize(30);
        assertThat(outcome.results().values()).allMatch(r -> r.status() == LinkStatus.OK);
        assertThat(probe.maxPerHost("a.test")).isEqualTo(3);
        assertThat(probe.maxPerHost("b.test")).isEqualTo(3);
        assertThat(probe.maxInFlight()).isEqualTo(6);
    }

    @Test
    void globalConcurrencyIsHonouredAndEveryFreedSlotIsRefilled() throws Exception {
        List<String> urls = new ArrayList<>(urls("a.test", 10));
        urls.addAll(urls("b.test", 10));
        urls.addAll(urls("c.test", 10));
        GatedProbe probe = new GatedProbe(0);
        Running running = new Running(new LinkCheck(probe, 5, 5, Duration.ofMinutes(1)), urls);

        // one answer at a time: each time, the freed slot is taken by the next link before anything else answers
        for (int answered = 0; answered < 30; answered++) {
            probe.awaitWaiting(answered, Math.min(5, 30 - answered));
            probe.releaseOldest();
        }
        LinkCheck.Outcome outcome = running.outcome();

        assertThat(outcome.results()).hasSize(30);
        assertThat(probe.maxInFlight()).isEqualTo(5);
    }

    @Test
    void eachDistinctUrlIsCheckedOnceAndInvalidOnesNeverRequested() throws Exception {
        String page = url("a.test", "/page");
        List<String> urls = List.of(page, page, "ftp://a.test/file", "https://", "not a url", url("a.test", "/missing"));
        List<LinkCheck.Progress> progress = new ArrayList<>();
        LinkProbe probe = LoopbackDns.network().linkProbe(LinkProbe.Settings.forTimeout(Duration.ofSeconds(5), "cncf-contrib/test (+link check)"), 16);

        LinkCheck.Outcome outcome = new LinkCheck(probe, 4, 4, Duration.ofMinutes(1)).run(urls, progress::add);

        assertThat(outcome.total()).isEqualTo(5);
        assertThat(server.getRequestCount()).isEqualTo(3); // HEAD page, HEAD missing, GET missing
        assertThat(outcome.results().get("ftp://a.test/file").status()).isEqualTo(LinkStatus.INVALID_URL);
        assertThat(outcome.results().get("https://").status()).isEqualTo(LinkStatus.INVALID_URL);
        assertThat(outcome.results().get("not a url").status()).isEqualTo(LinkStatus.INVALID_URL);
        assertThat(outcome.results().get(url("a.test", "/missing")).status()).isEqualTo(LinkStatus.CLIENT_ERROR);
        LinkCheck.Progress last = progress.get(progress.size() - 1);
        assertThat(last.checked()).isEqualTo(5);
        assertThat(last.failing()).isEqualTo(4);
        assertThat(last.left()).isZero();
    }

    @Test
    void cancelAbortsWhatIsInFlightAndKeepsWhatWasChecked() throws Exception {
        GatedProbe probe = new GatedProbe(4);
        LinkCheck check = new LinkCheck(probe, 2, 2, Duration.ofMinutes(1));
        Running running = new Running(check, urls("a.test", 40));

        probe.awaitWaiting(4, 2); // four answered, two in flight
        check.cancel(); // what Ctrl-C does
        LinkCheck.Outcome outcome = running.outcome();

        assertThat(outcome.ending()).isEqualTo(LinkCheck.Ending.CANCELLED);
        assertThat(probe.cancelled()).as("requests in flight aborted").isTrue();
        assertThat(outcome.results()).hasSize(4);
        assertThat(outcome.unchecked()).isEqualTo(36);
        assertThat(outcome.results().values()).allMatch(r -> r.status() == LinkStatus.OK); // aborted calls are not failures
    }

    @Test
    void runDeadlineEndsTheCheckWithPartialResults() throws Exception {
        AtomicLong now = new AtomicLong();
        GatedProbe probe = new GatedProbe(2);
        probe.beforeAnswerAtOnce = call -> {
            if (call == 2) {
                now.addAndGet(Duration.ofSeconds(61).toNanos()); // the second link takes past the minute
            }
        };
        LinkCheck check = new LinkCheck(probe, 1, 1, Duration.ofMinutes(1), now::get);

        LinkCheck.Outcome outcome = new Running(check, urls("a.test", 20)).outcome();

        assertThat(outcome.ending()).isEqualTo(LinkCheck.Ending.DEADLINE);
        assertThat(outcome.results()).hasSize(2);
        assertThat(outcome.unchecked()).isEqualTo(18);
        assertThat(outcome.elapsed()).isEqualTo(Duration.ofSeconds(61));
        assertThat(probe.cancelled()).as("the request in flight aborted").isTrue();
    }
}
