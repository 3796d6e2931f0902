package dev.cncfcontrib.net;

import dev.cncfcontrib.links.LinkProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * The way out to the network: builds the HTTP clients the commands use, for link checks and for downloads. Tests replace the name resolution with
 * their own {@link Dns}, so that a host name can fail or point at a loopback server without any real lookup.
 * This package is the only one that imports okhttp.
 */
public final class Network {

    private final Dns dns;
    private final HttpClients downloads;

    private Network(Dns dns, Duration connect, Duration read, Duration call) {
        this.dns = dns;
        this.downloads = new HttpClients(dns, connect, read, call);
    }

    /** The system's resolver. */
    public static Network system() {
        return withDns(Dns.SYSTEM);
    }

    /** Resolves every host name through {@code dns}. */
    public static Network withDns(Dns dns) {
        return new Network(dns, HttpClients.CONNECT_TIMEOUT, HttpClients.READ_TIMEOUT, HttpClients.CALL_TIMEOUT);
    }

    /** The same resolver, with other timeouts for downloads (tests use short ones). */
    public Network withDownloadTimeouts(Duration connect, Duration read, Duration call) {
        return new Network(dns, connect, read, call);
    }

    /** The client for downloads such as {@code catalog update}: long timeouts, redirects checked by the caller. */
    public HttpClients downloads() {
        return downloads;
    }

    /** A probe for {@code links}, keeping up to {@code connections} idle connections for reuse. */
    public LinkProbe linkProbe(LinkProbe.Settings settings, int connections) {
        long timeout = settings.timeout().toMillis();
        OkHttpClient client = new OkHttpClient.Builder()
                .dns(dns)
                // redirects are followed by the probe, which reports where a permanent one ends and spots loops
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .writeTimeout(timeout, TimeUnit.MILLISECONDS)
                .callTimeout(timeout, TimeUnit.MILLISECONDS)
                .connectionPool(new ConnectionPool(Math.max(5, connections), 1, TimeUnit.MINUTES))
                .addNetworkInterceptor(new HeadBodyGuard())
                .build();
        return new HttpLinkProbe(client, settings);
    }
}
