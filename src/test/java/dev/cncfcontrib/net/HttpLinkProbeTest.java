package dev.cncfcontrib.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.links.LinkProbe;
import dev.cncfcontrib.links.LinkResult;
import dev.cncfcontrib.links.LinkStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every verdict of the probe, against a loopback MockWebServer or a raw loopback socket. */
@Timeout(30)
class HttpLinkProbeTest {

    private static final String USER_AGENT = "cncf-contrib/test (+link check)";

    private final MockWebServer server = new MockWebServer();
    private LinkProbe probe;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        probe = probeWithTimeout(Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static LinkProbe probeWithTimeout(Duration timeout) {
        return LoopbackDns.network().linkProbe(LinkProbe.Settings.forTimeout(timeout, USER_AGENT), 4);
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).setHeader("Location", location).build();
    }

    @Test
    void headAnswered200IsOkAndSendsAnHonestUserAgent() throws Exception {
        server.enqueue(status(200));

        LinkResult result = probe.check(url("/guide"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.finalUrl()).isNull();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("HEAD");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
    }

    @Test
    void headRefusedWith405IsRetriedWithGet() throws Exception {
        server.enqueue(status(405));
        server.enqueue(status(200));

        LinkResult result = probe.check(url("/no-head"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(server.takeRequest().getMethod()).isEqualTo("HEAD");
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    }

    @Test
    void notFoundIsAClientErrorConfirmedWithGet() throws Exception {
        server.enqueue(status(404));
        server.enqueue(status(404));

        LinkResult result = probe.check(url("/gone"));

        assertThat(result.status()).isEqualTo(LinkStatus.CLIENT_ERROR);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.detail()).isEqualTo("404 Client Error");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void serverErrorIsReported() {
        server.enqueue(status(500));

        LinkResult result = probe.check(url("/boom"));

        assertThat(result.status()).isEqualTo(LinkStatus.SERVER_ERROR);
        assertThat(result.httpStatus()).isEqualTo(500);
    }

    @Test
    void permanentRedirectReportsWhereTheLinkMoved() {
        server.enqueue(redirect(301, "/new-home"));
        server.enqueue(status(200));

        LinkResult result = probe.check(url("/old-home"));

        assertThat(result.status()).isEqualTo(LinkStatus.MOVED);
        assertThat(result.finalUrl()).isEqualTo(url("/new-home"));
    }

    @Test
    void permanentThenTemporaryRedirectPointsTheCatalogAtThePermanentTarget() {
        server.enqueue(redirect(308, "/canonical"));
        server.enqueue(redirect(302, "/login?next=canonical"));
        server.enqueue(status(200));

        LinkResult result = probe.check(url("/old"));

        assertThat(result.status()).isEqualTo(LinkStatus.MOVED);
        assertThat(result.finalUrl()).isEqualTo(url("/canonical"));
        assertThat(result.detail()).contains("ends at " + url("/login?next=canonical"));
    }

    @Test
    void temporaryRedirectIsOk() {
        server.enqueue(redirect(302, "/today"));
        server.enqueue(status(200));

        LinkResult result = probe.check(url("/latest"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(result.finalUrl()).isEqualTo(url("/today"));
    }

    @Test
    void redirectLoopIsDetected() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return redirect(301, request.getUrl().encodedPath().equals("/a") ? "/b" : "/a");
            }
        });

        LinkResult result = probe.check(url("/a"));

        assertThat(result.status()).isEqualTo(LinkStatus.REDIRECT_LOOP);
        assertThat(result.detail()).contains("redirect loop");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void endlessRedirectChainStopsAfterTenRedirects() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return redirect(302, request.getUrl().encodedPath() + "x");
            }
        });

        LinkResult result = probe.check(url("/x"));

        assertThat(result.status()).isEqualTo(LinkStatus.REDIRECT_LOOP);
        assertThat(result.detail()).isEqualTo("more than 10 redirects");
        assertThat(server.getRequestCount()).isEqualTo(11);
    }

    @Test
    void redirectToAnotherSchemeIsInvalidAndNotFollowed() {
        server.enqueue(redirect(301, "ftp://files.test/guide"));

        LinkResult result = probe.check(url("/guide"));

        assertThat(result.status()).isEqualTo(LinkStatus.INVALID_URL);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** Keeps the probe's time: a wait is recorded and moves the clock on at once, instead of being slept. */
    private static final class FakeTicker implements HttpLinkProbe.Ticker {
        private final List<Duration> waits = new ArrayList<>();
        private long now;

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleep(long nanos) {
            waits.add(Duration.ofNanos(nanos));
            now += nanos;
        }

        synchronized List<Duration> waits() {
            return List.copyOf(waits);
        }
    }

    private final FakeTicker ticker = new FakeTicker();

    private LinkProbe probeWithFakeTicker() {
        return ((HttpLinkProbe) probe).withTicker(ticker);
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
        server.enqueue(status(200));

        LinkResult result = probeWithFakeTicker().check(url("/busy"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(ticker.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterBeyondTheBudgetIsReportedAtOnce() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

        LinkResult result = probeWithFakeTicker().check(url("/busy"));

        assertThat(ticker.waits()).isEmpty();
        assertThat(result.status()).isEqualTo(LinkStatus.CLIENT_ERROR);
        assertThat(result.httpStatus()).isEqualTo(429);
        assertThat(result.detail()).contains("Retry-After 3600 is beyond the budget");
    }

    @Test
    void serviceUnavailableIsRetriedOnlyWithinTheBudget() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build();
            }
        });

        LinkResult result = probeWithFakeTicker().check(url("/down")); // a 2 s timeout allows 2 s of waiting: two retries

        assertThat(result.status()).isEqualTo(LinkStatus.SERVER_ERROR);
        assertThat(result.detail()).contains("beyond the budget of 2 s");
        assertThat(ticker.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void slowBodyDoesNotDelayTheVerdict() {
        server.enqueue(status(405));
        // a megabyte at a kilobyte a second: reading it would run into the call timeout and be reported as one
        server.enqueue(new MockResponse.Builder().code(200)
                .body(new Buffer().write(new byte[1 << 20]))
                .throttleBody(1024, 1, TimeUnit.SECONDS)
                .build());
        LinkProbe quick = probeWithTimeout(Duration.ofMillis(800));

        LinkResult result = quick.check(url("/large"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(result.httpStatus()).isEqualTo(200);
    }

    @Test
    void slowHeadersAreATimeout() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(5, TimeUnit.SECONDS).build());
        LinkProbe quick = probeWithTimeout(Duration.ofMillis(300));

        LinkResult result = quick.check(url("/slow"));

        assertThat(result.status()).isEqualTo(LinkStatus.TIMEOUT);
    }

    @Test
    void serverThatAcceptsAndNeverAnswersEndsAfterOneTimeout() throws Exception {
        // connections are accepted and held open; nobody ever reads or writes
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch firstAccepted = new CountDownLatch(1);
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                        firstAccepted.countDown();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            LinkProbe quick = probeWithTimeout(Duration.ofMillis(500));

            LinkResult result = quick.check("http://localhost:" + silent.getLocalPort() + "/");

            assertThat(result.status()).isEqualTo(LinkStatus.TIMEOUT);
            assertThat(result.detail()).startsWith("no answer within 0.5 s");
            assertThat(firstAccepted.await(10, TimeUnit.SECONDS)).as("the acceptor ran").isTrue();
            assertThat(accepted).as("one attempt, not retries until the link's deadline").hasSize(1);
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void connectionResetIsAConnectionFailure() throws Exception {
        try (ServerSocket resetting = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!resetting.isClosed()) {
                    try (Socket socket = resetting.accept()) {
                        socket.setSoLinger(true, 0); // close with RST instead of FIN
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            LinkResult result = probe.check("http://localhost:" + resetting.getLocalPort() + "/");

            assertThat(result.status()).isEqualTo(LinkStatus.CONNECTION_FAILURE);
        }
    }

    @Test
    void refusedConnectionIsAConnectionFailure() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        LinkResult result = probe.check("http://localhost:" + port + "/");

        assertThat(result.status()).isEqualTo(LinkStatus.CONNECTION_FAILURE);
    }

    @Test
    void unknownHostIsADnsFailure() {
        LinkResult result = probe.check("https://gone.example.org/");

        assertThat(result.status()).isEqualTo(LinkStatus.DNS_FAILURE);
        assertThat(result.detail()).isEqualTo("host not found: gone.example.org");
    }

    @Test
    void tlsToAServerThatSpeaksPlainHttpIsATlsFailure() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answerer = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (Socket socket = plain.accept()) {
                        socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        socket.getOutputStream().flush();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            answerer.setDaemon(true);
            answerer.start();

            LinkResult result = probe.check("https://localhost:" + plain.getLocalPort() + "/");

            assertThat(result.status()).isEqualTo(LinkStatus.TLS_FAILURE);
        }
    }

    @Test
    void nonHttpUrlIsInvalidAndNeverRequested() {
        assertThat(probe.check("mailto:dev@kubernetes.io").status()).isEqualTo(LinkStatus.INVALID_URL);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        assertThat(HttpLinkProbe.retryAfterNanos("2")).isEqualTo(TimeUnit.SECONDS.toNanos(2));
        assertThat(HttpLinkProbe.retryAfterNanos(null)).isEqualTo(TimeUnit.SECONDS.toNanos(1));
        assertThat(HttpLinkProbe.retryAfterNanos("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
        assertThat(HttpLinkProbe.retryAfterNanos("soon")).isEqualTo(Long.MAX_VALUE);
        assertThat(HttpLinkProbe.retryAfterNanos("-5")).isEqualTo(Long.MAX_VALUE);
    }

    /**
     * Issue 16, finding 11: a server that answers HEAD with a body. The body, left in the connection, was read as
     * the answer to the next link on that connection: here a well-formed "500", so a working link was reported
     * broken (a "404" would be confirmed by a GET, which then read the answer meant for the HEAD: shifted by one,
     * every later verdict on the connection was another link's). Sequential checks with one connection allowed
     * make the reuse certain.
     */
    @Test
    void aBodySentWithAnAnswerToHeadDoesNotBecomeTheNextLinksVerdict() throws Exception {
        String smuggled = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
        try (RawHttpServer raw = new RawHttpServer(request -> request.line().startsWith("HEAD /broken-server")
                ? RawHttpServer.Answer.of("HTTP/1.1 200 OK\r\nContent-Length: " + smuggled.length() + "\r\n\r\n" + smuggled, false)
                : RawHttpServer.Answer.of("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false))) {
            LinkProbe oneConnection = LoopbackDns.network().linkProbe(LinkProbe.Settings.forTimeout(Duration.ofSeconds(2), USER_AGENT), 1);

            assertThat(oneConnection.check(raw.url("/broken-server")).status()).isEqualTo(LinkStatus.OK);
            for (String path : new String[] {"/guide", "/repo", "/chat"}) {
                LinkResult result = oneConnection.check(raw.url(path));
                assertThat(result.status()).as(path + ": " + result).isEqualTo(LinkStatus.OK);
                assertThat(result.httpStatus()).isEqualTo(200);
            }
            assertThat(raw.received()).extracting(RawHttpServer.Request::line)
                    .contains("HEAD /guide HTTP/1.1", "HEAD /repo HTTP/1.1", "HEAD /chat HTTP/1.1");
        }
    }

    /** The same server, sending no length with its stray body: the next link's garbled answer is tried again. */
    @Test
    void aGarbledAnswerOnAReusedConnectionIsTriedAgainOnAFreshOne() throws Exception {
        try (RawHttpServer raw = new RawHttpServer(request -> request.line().startsWith("HEAD /broken-server")
                ? RawHttpServer.Answer.of("HTTP/1.1 200 OK\r\n\r\nstray bytes\r\n", false)
                : RawHttpServer.Answer.of("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false))) {
            LinkProbe oneConnection = LoopbackDns.network().linkProbe(LinkProbe.Settings.forTimeout(Duration.ofSeconds(2), USER_AGENT), 1);

            oneConnection.check(raw.url("/broken-server"));
            LinkResult next = oneConnection.check(raw.url("/guide"));

            assertThat(next.status()).as(next.toString()).isEqualTo(LinkStatus.OK);
        }
    }
}
