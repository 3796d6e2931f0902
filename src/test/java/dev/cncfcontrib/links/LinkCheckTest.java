package dev.cncfcontrib.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.net.LoopbackDns;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The checker's limits and its ways of stopping, against a loopback server that counts requests in flight. */
@Timeout(30)
class LinkCheckTest {

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger[] maxPerHost = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private final AtomicInteger[] inFlightPerHost = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private volatile long answerDelayMillis = 100;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int host = hostIndex(request.getHeaders().get("Host"));
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                maxPerHost[host].accumulateAndGet(inFlightPerHost[host].incrementAndGet(), Math::max);
                try {
                    Thread.sleep(answerDelayMillis);
                } finally {
                    inFlight.decrementAndGet();
                    inFlightPerHost[host].decrementAndGet();
                }
                return new MockResponse.Builder().code(request.getUrl().encodedPath().startsWith("/missing") ? 404 : 200).build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static int hostIndex(String hostHeader) {
        return hostHeader.startsWith("a.test") ? 0 : hostHeader.startsWith("b.test") ? 1 : 2;
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + server.getPort() + path;
    }

    private static LinkProbe probe(Duration timeout) {
        return LoopbackDns.network().linkProbe(LinkProbe.Settings.forTimeout(timeout, "cncf-contrib/test (+link check)"), 16);
    }

    private List<String> urls(String host, int count) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(url(host, "/page" + i));
        }
        return urls;
    }

    @Test
    void perHostLimitIsHonouredWhileOtherHostsGoAhead() throws Exception {
        List<String> urls = new ArrayList<>(urls("a.test", 24));
        urls.addAll(urls("b.test", 6));
        LinkCheck check = new LinkCheck(probe(Duration.ofSeconds(5)), 8, 3, Duration.ofMinutes(1));

        LinkCheck.Outcome outcome = check.run(urls, LinkCheck.Listener.NONE);

        assertThat(outcome.ending()).isEqualTo(LinkCheck.Ending.COMPLETE);
        assertThat(outcome.results()).hasSize(30);
        assertThat(outcome.results().values()).allMatch(r -> r.status() == LinkStatus.OK);
        assertThat(maxPerHost[0].get()).isEqualTo(3);
        assertThat(maxPerHost[1].get()).isEqualTo(3);
        assertThat(maxInFlight.get()).isEqualTo(6); // the 8 threads could only use 3 + 3
    }

    @Test
    void globalConcurrencyIsHonouredAndUsed() throws Exception {
        List<String> urls = new ArrayList<>(urls("a.test", 10));
        urls.addAll(urls("b.test", 10));
        urls.addAll(urls("c.test", 10));
        LinkCheck check = new LinkCheck(probe(Duration.ofSeconds(5)), 5, 4, Duration.ofMinutes(1));

        long start = System.nanoTime();
        LinkCheck.Outcome outcome = check.run(urls, LinkCheck.Listener.NONE);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(outcome.results()).hasSize(30);
        assertThat(maxInFlight.get()).isEqualTo(5);
        assertThat(tookMillis).isLessThan(30 * 100 / 5 * 2); // within twice the ideal: the slots are kept busy
    }

    @Test
    void eachDistinctUrlIsCheckedOnceAndInvalidOnesNeverRequested() throws Exception {
        String page = url("a.test", "/page");
        List<String> urls = List.of(page, page, "ftp://a.test/file", "https://", "not a url", url("a.test", "/missing"));
        List<LinkCheck.Progress> progress = new ArrayList<>();

        LinkCheck.Outcome outcome = new LinkCheck(probe(Duration.ofSeconds(5)), 4, 4, Duration.ofMinutes(1))
                .run(urls, progress::add);

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
    void cancelStopsQuicklyAndKeepsWhatWasChecked() throws Exception {
        answerDelayMillis = 200;
        LinkCheck check = new LinkCheck(probe(Duration.ofSeconds(10)), 2, 2, Duration.ofMinutes(1));
        Thread ctrlC = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                return;
            }
            check.cancel();
        });
        ctrlC.start();

        long start = System.nanoTime();
        LinkCheck.Outcome outcome = check.run(urls("a.test", 40), LinkCheck.Listener.NONE);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(outcome.ending()).isEqualTo(LinkCheck.Ending.CANCELLED);
        assertThat(outcome.results()).hasSizeBetween(2, 10);
        assertThat(outcome.unchecked()).isEqualTo(40 - outcome.results().size());
        assertThat(outcome.results().values()).allMatch(r -> r.status() == LinkStatus.OK); // aborted calls are not failures
        assertThat(tookMillis).isLessThan(1500);
    }

    @Test
    void runDeadlineEndsTheCheckWithPartialResults() throws Exception {
        answerDelayMillis = 300;
        LinkCheck check = new LinkCheck(probe(Duration.ofSeconds(10)), 1, 1, Duration.ofSeconds(1));

        long start = System.nanoTime();
        LinkCheck.Outcome outcome = check.run(urls("a.test", 20), LinkCheck.Listener.NONE);

        assertThat(outcome.ending()).isEqualTo(LinkCheck.Ending.DEADLINE);
        assertThat(outcome.results()).hasSizeBetween(1, 4);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
    }
}
