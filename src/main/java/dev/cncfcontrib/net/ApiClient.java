package dev.cncfcontrib.net;

import dev.cncfcontrib.live.HttpGetter;
import dev.cncfcontrib.live.LiveException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * GETs JSON answers of CLOTributor and GitHub through the download client ({@link HttpClients}: its timeouts, no
 * automatic redirects): HTTPS only (plain HTTP to the loopback address), a size cap on every body, and redirects
 * followed only within the origin the request was for, so that a token never reaches another host.
 */
public final class ApiClient implements HttpGetter {

    private static final int MAX_REDIRECTS = 5;

    private final HttpClients clients;
    private final long maxBytes;
    private final String userAgent;

    public ApiClient(HttpClients clients, long maxBytes, String userAgent) {
        this.clients = clients;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    @Override
    public Response get(HttpGetter.Request request) {
        HttpUrl first = HttpUrl.parse(request.url());
        if (first == null || !HttpClients.allowed(first.uri())) {
            throw new LiveException(LiveException.Kind.NETWORK, "refused to fetch " + request.url()
                    + ": only https URLs are fetched (plain http only from this machine's loopback address)");
        }
        HttpUrl current = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(current)
                    .header("Accept", request.accept() == null ? "application/json" : request.accept())
                    .header("User-Agent", userAgent);
            if (request.etag() != null) {
                builder.header("If-None-Match", request.etag());
            }
            if (request.lastModified() != null) {
                builder.header("If-Modified-Since", request.lastModified());
            }
            if (request.token() != null && sameOrigin(current, first)) {
                builder.header("Authorization", "Bearer " + request.token().value());
            }
            Call call = clients.clientFor(current).newCall(builder.build());
            try (okhttp3.Response response = call.execute()) {
                int code = response.code();
                if (response.isRedirect() && code != 300 && code != 304) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : current.resolve(location);
                    if (next == null || !sameOrigin(next, first) || !HttpClients.allowed(next.uri())) {
                        throw new LiveException(LiveException.Kind.NETWORK, current.host() + " redirected elsewhere ("
                                + (next == null ? "no usable Location" : next.host()) + "); not followed");
                    }
                    current = next;
                    continue;
                }
                byte[] body = code == 304 ? null : read(response.body(), current);
                return new Response(code, response.message(), headers(response.headers()), body);
            } catch (InterruptedIOException e) {
                throw new LiveException(LiveException.Kind.NETWORK, "no answer from " + current.host() + " within the time limit ("
                        + describe(e) + ")", e);
            } catch (UnknownHostException e) {
                throw new LiveException(LiveException.Kind.NETWORK, "cannot resolve " + current.host() + " (offline?)", e);
            } catch (IOException e) {
                throw new LiveException(LiveException.Kind.NETWORK, "cannot reach " + current.host() + ": " + describe(e), e);
            }
        }
        throw new LiveException(LiveException.Kind.NETWORK, "more than " + MAX_REDIRECTS + " redirects from " + first.host());
    }

    /** Scheme, host and port: the unit a token is given to. */
    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byName.putIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), headers.value(i));
        }
        return byName;
    }

    private byte[] read(ResponseBody body, HttpUrl url) throws IOException {
        return BoundedBody.read(body.byteStream(), body.contentLength(), maxBytes, () -> tooLarge(url), bytes -> { });
    }

    private LiveException tooLarge(HttpUrl url) {
        return new LiveException(LiveException.Kind.BAD_DATA, "the answer of " + url.host() + " is larger than "
                + (maxBytes >> 20) + " MiB; refused");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
