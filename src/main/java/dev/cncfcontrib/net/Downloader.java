package dev.cncfcontrib.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Downloads one document over HTTPS with a size cap, following at most a few redirects (each checked with
 * {@link HttpClients#allowed}), and conditionally: given the ETag and Last-Modified of the copy already held, an
 * unchanged document costs one round trip and no body.
 */
public final class Downloader {

    private static final int MAX_REDIRECTS = 5;

    /** Told how far the download is; {@code total} is -1 when the server does not say. */
    public interface Progress {
        void update(long bytes, long total);

        void done();
    }

    /** What the server answered: a body, or "not modified" (then {@code body} is null). */
    public record Fetched(boolean notModified, byte[] body, String etag, String lastModified, String url) {
    }

    private final HttpClients clients;
    private final long maxBytes;

    public Downloader(HttpClients clients, long maxBytes) {
        this.clients = clients;
        this.maxBytes = maxBytes;
    }

    /**
     * @param etag         the ETag of the copy held, or null
     * @param lastModified its Last-Modified, or null
     */
    public Fetched get(String url, String etag, String lastModified, Progress progress) {
        String current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpUrl parsed = HttpUrl.parse(current);
            if (parsed == null || !HttpClients.allowed(parsed.uri())) {
                throw new NetworkException("refused to fetch " + current + ": only https URLs are fetched"
                        + " (plain http only from this machine's loopback address)");
            }
            Request.Builder request = new Request.Builder().url(parsed).header("Accept", "*/*");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            Call call = clients.client().newCall(request.build());
            try (Response response = call.execute()) {
                int code = response.code();
                if (code == 304) {
                    if (etag == null && lastModified == null) {
                        // "not modified" since nothing: there is no copy to keep using
                        throw new NetworkException("HTTP 304 Not Modified from " + current + " to a request that was not"
                                + " conditional: no catalog was sent");
                    }
                    return new Fetched(true, null, etag, lastModified, current);
                }
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : parsed.resolve(location);
                    if (next == null) {
                        throw new NetworkException("HTTP " + code + " from " + current + " without a usable Location");
                    }
                    current = next.toString();
                    continue;
                }
                if (code != 200) {
                    String reason = response.message().isBlank() ? "" : " " + response.message();
                    throw new NetworkException("HTTP " + code + reason + " from " + current);
                }
                byte[] body = read(response, current, progress);
                return new Fetched(false, body, response.header("ETag"), response.header("Last-Modified"), current);
            } catch (InterruptedIOException e) {
                throw new NetworkException("no answer from " + host(current) + " within the time limit ("
                        + describe(e) + ")", e);
            } catch (UnknownHostException e) {
                throw new NetworkException("cannot resolve " + host(current) + " (offline?)", e);
            } catch (IOException e) {
                throw new NetworkException("download from " + host(current) + " failed: " + describe(e), e);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // okhttp's own checks on what the server sent (a malformed header it cannot frame the body with)
                throw new NetworkException("download from " + host(current) + " failed: the server's answer is malformed ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
            } finally {
                if (progress != null) {
                    progress.done();
                }
            }
        }
        throw new NetworkException("more than " + MAX_REDIRECTS + " redirects from " + url);
    }

    private byte[] read(Response response, String url, Progress progress) throws IOException {
        long declared = declaredLength(response, url);
        byte[] bytes = BoundedBody.read(response.body().byteStream(), declared, maxBytes, () -> tooLarge(url), total -> {
            if (progress != null) {
                progress.update(total, declared);
            }
        });
        if (declared >= 0 && bytes.length != declared) {
            // okhttp reports a connection closed early itself; this holds whatever framing the body had
            throw new NetworkException("download from " + host(url) + " failed: the body was cut off (" + bytes.length
                    + " of the " + declared + " bytes announced)");
        }
        return bytes;
    }

    /** The Content-Length the server announced, -1 when it announced none; a malformed one is refused. */
    private static long declaredLength(Response response, String url) {
        String header = response.header("Content-Length");
        if (header == null || response.header("Transfer-Encoding") != null) {
            return -1;
        }
        try {
            long length = Long.parseLong(header.trim());
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new NetworkException("download from " + host(url) + " failed: the server announced an invalid Content-Length ("
                + header + ")");
    }

    private TooLargeException tooLarge(String url) {
        return new TooLargeException(url + " is larger than " + (maxBytes >> 20) + " MiB; refused");
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
