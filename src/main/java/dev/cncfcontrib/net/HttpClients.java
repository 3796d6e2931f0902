package dev.cncfcontrib.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The one place that configures okhttp: timeouts on connecting, on each read and on the whole call, and no
 * automatic redirects (callers follow them through {@link #allowed}, so a redirect cannot leave HTTPS). Built on
 * first use, from {@link Network#downloads()}; tests give the network short timeouts.
 */
public final class HttpClients {

    /** What a person on a slow connection can wait for without wondering whether the program hangs. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);

    private final Dns dns;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private OkHttpClient client;
    private OkHttpClient cleartext;

    /** Built by {@link Network#downloads()}, which owns name resolution. */
    HttpClients(Dns dns, Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        this.dns = dns;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
    }

    public synchronized OkHttpClient client() {
        if (client == null) {
            client = builder().build();
        }
        return client;
    }

    /**
     * The client for a URL: for plain HTTP (only ever to the loopback address, see {@link #allowed}) one without TLS,
     * since building TLS support reads and parses the JDK's trust store, a cost that buys nothing there.
     */
    public synchronized OkHttpClient clientFor(HttpUrl url) {
        if (url.isHttps()) {
            return client();
        }
        if (cleartext == null) {
            cleartext = builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
        }
        return cleartext;
    }

    /**
     * Gets a request to {@code url} ready ahead of time: builds the client it needs (loading the HTTP classes),
     * prepares a call, and resolves the host. Meant for a background thread while the program does other work;
     * failures are left for the request itself to report.
     */
    public void prepare(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null || !allowed(parsed.uri())) {
            return;
        }
        OkHttpClient prepared = clientFor(parsed);
        prepared.newCall(new Request.Builder().url(parsed).build()); // never executed: its classes are what is wanted
        try {
            dns.lookup(parsed.host());
        } catch (IOException | RuntimeException unresolved) {
            // the request will say so
        }
    }

    private OkHttpClient.Builder builder() {
        return new OkHttpClient.Builder()
                .dns(dns)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(callTimeout)
                .followRedirects(false)
                .followSslRedirects(false);
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * Whether a URL may be fetched: HTTPS anywhere, plain HTTP only to this machine's loopback address (tests,
     * a local mirror). Decided on the URL's host text, without a DNS lookup.
     */
    public static boolean allowed(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return url.getHost() != null;
        }
        return scheme.equals("http") && isLoopback(url.getHost());
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only literal addresses: a name could resolve anywhere
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
