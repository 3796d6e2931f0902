package dev.cncfcontrib.net;

import dev.cncfcontrib.links.LinkProbe;
import dev.cncfcontrib.links.LinkResult;
import dev.cncfcontrib.links.LinkStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Checks one link the way a browser would reach it, but cheaply: HEAD first, GET when HEAD is refused, redirects
 * followed one by one (to report where a permanent redirect ends and to detect loops), {@code Retry-After}
 * honoured within a budget. The body is never read.
 */
final class HttpLinkProbe implements LinkProbe {

    private static final int MAX_RETRIES = 3;
    private static final Duration DEFAULT_RETRY_WAIT = Duration.ofSeconds(1);

    /** The clock the deadlines are kept by and the sleep a {@code Retry-After} is waited out with. */
    interface Ticker {
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    private final OkHttpClient client;
    private final Settings settings;
    private final Ticker ticker;

    HttpLinkProbe(OkHttpClient client, Settings settings) {
        this(client, settings, Ticker.SYSTEM);
    }

    private HttpLinkProbe(OkHttpClient client, Settings settings, Ticker ticker) {
        this.client = client;
        this.settings = settings;
        this.ticker = ticker;
    }

    /** The same probe, keeping time by {@code ticker}: lets a test see the waits without waiting. */
    HttpLinkProbe withTicker(Ticker ticker) {
        return new HttpLinkProbe(client, settings, ticker);
    }

    /** The status line and the headers the probe acts on. */
    private record Answer(int code, String message, String location, String retryAfter) {
    }

    @Override
    public LinkResult check(String url) {
        HttpUrl start = HttpUrl.parse(url);
        if (start == null) {
            return LinkResult.of(url, LinkStatus.INVALID_URL, "not an http or https URL");
        }
        long deadline = ticker.nanoTime() + settings.linkDeadline().toNanos();
        long retryBudget = settings.retryBudget().toNanos();
        Set<HttpUrl> visited = new HashSet<>();
        visited.add(start);
        HttpUrl current = start;
        HttpUrl movedTo = null;
        boolean permanentSoFar = true;
        int redirects = 0;
        int retries = 0;
        String method = "HEAD";
        while (true) {
            long left = deadline - ticker.nanoTime();
            if (left <= 0) {
                return result(url, LinkStatus.TIMEOUT, 0, current, start, "no verdict within " + seconds(settings.linkDeadline()));
            }
            Answer answer;
            try {
                answer = execute(method, current, Math.min(settings.timeout().toNanos(), left));
            } catch (ProtocolException garbled) {
                // what a connection a broken server left bytes in reads like; okhttp retires that connection, so
                // one more try goes over a fresh one
                try {
                    answer = execute(method, current, Math.min(settings.timeout().toNanos(), Math.max(1, deadline - ticker.nanoTime())));
                } catch (IOException e) {
                    return failure(url, current, start, e);
                }
            } catch (IOException e) {
                return failure(url, current, start, e);
            }
            int code = answer.code();
            if (method.equals("HEAD") && headRefused(code)) {
                method = "GET";
                continue;
            }
            if ((code == 429 || code == 503) && retries < MAX_RETRIES) {
                long wait = retryAfterNanos(answer.retryAfter());
                if (wait <= retryBudget && wait < deadline - ticker.nanoTime()) {
                    try {
                        ticker.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return result(url, LinkStatus.CONNECTION_FAILURE, code, current, start, "cancelled");
                    }
                    retryBudget -= wait;
                    retries++;
                    continue;
                }
                String detail = answer.retryAfter() == null ? "rate limited" : "rate limited; Retry-After " + answer.retryAfter() + " is beyond the budget of " + seconds(settings.retryBudget());
                return result(url, code == 429 ? LinkStatus.CLIENT_ERROR : LinkStatus.SERVER_ERROR, code, current, start, code + " " + detail);
            }
            if (code >= 300 && code < 400 && code != 304) {
                if (answer.location() == null) {
                    return result(url, LinkStatus.SERVER_ERROR, code, current, start, code + " redirect without a Location");
                }
                HttpUrl next = current.resolve(answer.location());
                if (next == null) {
                    return result(url, LinkStatus.INVALID_URL, code, current, start, "redirects to a non-HTTP address: " + answer.location());
                }
                if (!visited.add(next)) {
                    return result(url, LinkStatus.REDIRECT_LOOP, code, next, start, "redirect loop: " + next + " again after " + (redirects + 1) + " redirects");
                }
                if (++redirects > settings.maxRedirects()) {
                    return result(url, LinkStatus.REDIRECT_LOOP, code, next, start, "more than " + settings.maxRedirects() + " redirects");
                }
                if (permanentSoFar && (code == 301 || code == 308)) {
                    movedTo = next;
                } else {
                    permanentSoFar = false;
                }
                current = next;
                method = "HEAD";
                continue;
            }
            String statusLine = answer.message().isEmpty() ? String.valueOf(code) : code + " " + answer.message();
            if (code >= 200 && code < 300) {
                if (movedTo != null) {
                    return new LinkResult(url, LinkStatus.MOVED, code, movedTo.toString(),
                            "permanently redirected" + (movedTo.equals(current) ? "" : "; ends at " + current));
                }
                return result(url, LinkStatus.OK, code, current, start, statusLine);
            }
            return result(url, code >= 400 && code < 500 ? LinkStatus.CLIENT_ERROR : LinkStatus.SERVER_ERROR, code, current, start, statusLine);
        }
    }

    /**
     * Servers that do not implement HEAD answer 405 or 501; some answer 403 or 404 to HEAD alone. A broken-link
     * verdict leads to a catalog edit, so every 4xx to HEAD is confirmed with a GET, which costs little.
     */
    private static boolean headRefused(int code) {
        return (code >= 400 && code < 500 && code != 429) || code == 501;
    }

    private Answer execute(String method, HttpUrl url, long timeoutNanos) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .method(method, null)
                .header("User-Agent", settings.userAgent())
                .build();
        Call call = client.newCall(request);
        call.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            return new Answer(response.code(), response.message(), response.header("Location"), response.header("Retry-After"));
        }
    }

    /** Delta-seconds or an HTTP date; one second when absent; beyond any budget when unreadable or negative. */
    static long retryAfterNanos(String header) {
        if (header == null) {
            return DEFAULT_RETRY_WAIT.toNanos();
        }
        String value = header.trim();
        try {
            long secondsToWait = Long.parseLong(value);
            return secondsToWait < 0 ? Long.MAX_VALUE : TimeUnit.SECONDS.toNanos(Math.min(secondsToWait, 86_400));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toNanos());
            } catch (DateTimeException | ArithmeticException notDate) {
                return Long.MAX_VALUE;
            }
        }
    }

    private LinkResult failure(String url, HttpUrl current, HttpUrl start, IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LinkStatus status;
        if (e instanceof UnknownHostException) {
            status = LinkStatus.DNS_FAILURE;
            message = "host not found: " + current.host();
        } else if (e instanceof SSLException) {
            status = LinkStatus.TLS_FAILURE;
        } else if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            status = LinkStatus.TIMEOUT;
            message = "no answer within " + seconds(settings.timeout()) + " (" + message + ")";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            status = LinkStatus.CONNECTION_FAILURE;
        } else {
            status = LinkStatus.CONNECTION_FAILURE; // reset, closed before the status line, protocol errors, cancelled
        }
        return result(url, status, 0, current, start, message);
    }

    private static LinkResult result(String url, LinkStatus status, int code, HttpUrl current, HttpUrl start, String detail) {
        return new LinkResult(url, status, code, current.equals(start) ? null : current.toString(), detail);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    @Override
    public void cancelAll() {
        client.dispatcher().cancelAll();
    }
}
