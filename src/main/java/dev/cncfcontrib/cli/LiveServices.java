package dev.cncfcontrib.cli;

import dev.cncfcontrib.live.AnswerCache;
import dev.cncfcontrib.live.CachedGet;
import dev.cncfcontrib.live.Clotributor;
import dev.cncfcontrib.live.GitHub;
import dev.cncfcontrib.live.GitHubTokens;
import dev.cncfcontrib.live.HttpGetter;
import dev.cncfcontrib.live.IssueFinder;
import dev.cncfcontrib.live.Provenance;
import dev.cncfcontrib.net.ApiClient;
import dev.cncfcontrib.net.HttpClients;
import dev.cncfcontrib.net.Network;
import dev.cncfcontrib.text.TerminalText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * The live services (CLOTributor, GitHub) as the commands use them, built from the context: the endpoints (from the
 * environment, for mirrors and tests), the HTTP client, the answer cache, the token. Nothing is built until used.
 */
final class LiveServices {

    /** Another CLOTributor: a mirror, or a loopback server in tests. */
    static final String CLOTRIBUTOR_ENV = "CNCF_CONTRIB_CLOTRIBUTOR_URL";
    /** Another GitHub API: GitHub Enterprise, or a loopback server in tests. */
    static final String GITHUB_ENV = "CNCF_CONTRIB_GITHUB_API_URL";

    /** Far more than a page of 100 issues (some 150 kB); the cap protects memory from a hostile answer. */
    static final long MAX_ANSWER_BYTES = 4L * 1024 * 1024;

    /** The wizard waits for the network while a person watches: shorter than a download may take. */
    private static final Duration QUICK_CONNECT = Duration.ofSeconds(5);
    private static final Duration QUICK_READ = Duration.ofSeconds(10);
    private static final Duration QUICK_CALL = Duration.ofSeconds(20);

    private final Context context;
    private final boolean quick;
    private CachedGet get;
    private HttpClients clients;

    /** @param quick shorter timeouts, for a person waiting in the wizard */
    LiveServices(Context context, boolean quick) {
        this.context = context;
        this.quick = quick;
    }

    String clotributorUrl() {
        return endpoint(CLOTRIBUTOR_ENV, Clotributor.DEFAULT_URL);
    }

    String githubUrl() {
        return endpoint(GITHUB_ENV, GitHub.DEFAULT_URL);
    }

    private String endpoint(String variable, String fallback) {
        String value = context.env(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (HttpClients.allowed(uri) && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CommandFailure(ExitCodes.USAGE, variable + " must be an https URL without query (plain http only for this"
                + " machine's loopback address), not '" + url + "'");
    }

    CachedGet cachedGet() {
        if (get == null) {
            Path cacheDir = context.cacheDirectory();
            get = new CachedGet(new LazyClient(), new AnswerCache(cacheDir == null ? null : cacheDir.resolve("answers")),
                    context::nowMillis, Clotributor.KEPT_HEADERS);
        }
        return get;
    }

    /**
     * Builds the HTTP client on the first request: an answer from the cache then loads no HTTP classes at all, which
     * keeps a cached 'issues' as quick as 'list'.
     */
    private final class LazyClient implements HttpGetter {

        private HttpGetter client;

        @Override
        public Response get(Request request) {
            if (client == null) {
                client = new ApiClient(clients(), MAX_ANSWER_BYTES, "cncf-contrib/" + VersionProvider.version());
            }
            return client.get(request);
        }
    }

    private synchronized HttpClients clients() {
        if (clients == null) {
            Network network = context.network();
            if (quick) {
                network = network.withDownloadTimeouts(QUICK_CONNECT, QUICK_READ, QUICK_CALL);
            }
            clients = network.downloads();
        }
        return clients;
    }

    /**
     * When the cache will probably not answer, gets the HTTP client and the host's address ready on a background
     * thread while the command reads the catalog, so that the first request starts sooner. "Probably": no
     * answer was cached within the hour (the answers directory changes with every answer stored), so that a cached
     * run never spends a core on HTTP classes it will not use.
     */
    void prepareFor(String url, CachedGet.Mode mode) {
        prepareFor(url, mode, true);
    }

    /** @param cacheMayAnswer false when the command asks the service whatever the cache holds ({@code check pr}) */
    void prepareFor(String url, CachedGet.Mode mode, boolean cacheMayAnswer) {
        if (mode == CachedGet.Mode.OFFLINE) {
            return;
        }
        Path cacheDir = context.cacheDirectory();
        if (cacheMayAnswer && mode == CachedGet.Mode.NORMAL && cacheDir != null) {
            long changed = cacheDir.resolve("answers").toFile().lastModified();
            if (changed > 0 && context.nowMillis() - changed < Clotributor.MAX_AGE_MILLIS) {
                return;
            }
        }
        inBackground(() -> clients().prepare(url));
    }

    /**
     * Runs {@code work} on a daemon thread, ignoring how it ends: what it prepares or asks ahead is asked again (and
     * then reported) by the command itself.
     */
    void inBackground(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException ignored) {
                // the command asks again and reports it
            }
        }, "ahead");
        thread.setDaemon(true);
        thread.start();
    }

    Clotributor clotributor() {
        return new Clotributor(clotributorUrl(), cachedGet());
    }

    GitHub github() {
        return new GitHub(githubUrl(), cachedGet(), () -> GitHubTokens.find(context.environment()));
    }

    IssueFinder finder() {
        return new IssueFinder(clotributor(), github());
    }

    /** On stderr, when an answer is an old copy: how old, and why the service was not asked or could not answer. */
    void noteProvenance(Provenance provenance) {
        if (provenance.stale()) {
            long fetched = provenance.oldestMillis();
            context.io().err().println(context.io().style().yellow("note:") + " showing answers cached " + age(fetched)
                    + " ago (" + TerminalText.line(stamp(fetched)) + "): " + TerminalText.line(provenance.staleBecause()));
        }
    }

    /** How long ago {@code fetchedMillis} was. */
    String age(long fetchedMillis) {
        return ageOf(Math.max(0, context.nowMillis() - fetchedMillis));
    }

    /** "40 s", "12 min", "3 h", "2 days". */
    static String ageOf(long millis) {
        long seconds = TimeUnit.MILLISECONDS.toSeconds(millis);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h";
        }
        return hours / 24 + " days";
    }

    static String stamp(long epochMillis) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(epochMillis));
    }
}
