package dev.cncfcontrib.live;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * GETs through the {@link AnswerCache}: a fresh enough answer is used without asking; an older one is revalidated
 * with a conditional request (a 304 costs one round trip and no body, and GitHub does not count it against the rate
 * limit); when the service cannot answer (no network, a server error, a rate limit, a broken body) the cached
 * answer stands in, marked stale with the reason. Only answers that parse are stored.
 */
public final class CachedGet {

    /** How far to trust the cache. */
    public enum Mode {
        /** Use a fresh cached answer; otherwise ask, conditionally. */
        NORMAL,
        /** Ask whatever the cache holds (unconditionally). */
        REFRESH,
        /** Never ask: the cache or nothing. */
        OFFLINE
    }

    /** Where an answer came from. */
    public enum Freshness {
        /** Fetched now. */
        LIVE,
        /** The server confirmed the cached copy now (304). */
        CONFIRMED,
        /** Cached recently enough not to ask. */
        CACHED,
        /** Cached, used because the service could not answer or offline was asked; see {@link Answer#staleBecause()}. */
        STALE
    }

    /**
     * An answer and its provenance.
     *
     * @param fetchedMillis when the server last gave or confirmed it
     * @param staleBecause  for a {@link Freshness#STALE} answer, why the service was not used
     */
    public record Answer<T>(T value, Map<String, String> headers, long fetchedMillis, Freshness freshness, String staleBecause) {

        public boolean stale() {
            return freshness == Freshness.STALE;
        }
    }

    /** Reads a 200 answer's body; throws {@link LiveException} (BAD_DATA) for one of the wrong shape. */
    public interface Parser<T> {
        T parse(byte[] body);
    }

    /**
     * An answer pre-digested for the cache, read back without the parser (and the JSON library behind it); a digest
     * that cannot be read is ignored and the body parsed.
     */
    public interface Digest<T> {
        /** The bytes to store, or null when this answer cannot be digested. */
        byte[] encode(T value);

        T decode(byte[] digest) throws java.io.IOException;
    }

    /** Turns an answer other than 200 or 304 into the failure it means. */
    public interface Refusal {
        LiveException of(HttpGetter.Response response);
    }

    private final HttpGetter http;
    private final AnswerCache cache;
    private final LongSupplier nowMillis;
    private final Set<String> keptHeaders;
    /** The questions asked in this run, by mode and URL: each is asked once, whatever thread asks it first. */
    private final Map<String, CompletableFuture<Answer<?>>> inFlight = new ConcurrentHashMap<>();

    /** @param keptHeaders lower-case names of the headers stored with an answer (a pagination total) */
    public CachedGet(HttpGetter http, AnswerCache cache, LongSupplier nowMillis, Set<String> keptHeaders) {
        this.http = http;
        this.cache = cache;
        this.nowMillis = nowMillis;
        this.keptHeaders = Set.copyOf(keptHeaders);
    }

    public long nowMillis() {
        return nowMillis.getAsLong();
    }

    public <T> Answer<T> get(HttpGetter.Request request, long maxAgeMillis, Mode mode, Parser<T> parser, Refusal refusal) {
        return get(request, maxAgeMillis, mode, parser, null, refusal);
    }

    /**
     * @param digest how the answer is stored pre-digested, or null to store the body alone
     */
    @SuppressWarnings("unchecked")
    public <T> Answer<T> get(HttpGetter.Request request, long maxAgeMillis, Mode mode, Parser<T> parser, Digest<T> digest,
            Refusal refusal) {
        // one question asked twice at once (ahead of time on another thread, then for real) is asked once
        String key = mode + " " + request.url();
        CompletableFuture<Answer<?>> mine = new CompletableFuture<>();
        CompletableFuture<Answer<?>> asked = inFlight.putIfAbsent(key, mine);
        if (asked != null) {
            try {
                return (Answer<T>) asked.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        try {
            Answer<T> answer = fetch(request, maxAgeMillis, mode, parser, digest, refusal);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        }
    }

    private <T> Answer<T> fetch(HttpGetter.Request request, long maxAgeMillis, Mode mode, Parser<T> parser, Digest<T> digest,
            Refusal refusal) {
        AnswerCache.Entry held = cache.read(request.url());
        long now = nowMillis.getAsLong();
        if (held != null && mode == Mode.NORMAL && held.fetchedMillis() <= now && now - held.fetchedMillis() < maxAgeMillis) {
            try {
                return new Answer<>(read(held, parser, digest), held.headers(), held.fetchedMillis(), Freshness.CACHED, null);
            } catch (LiveException damaged) {
                held = null; // ask again below
            }
        }
        if (mode == Mode.OFFLINE) {
            LiveException nothing = new LiveException(LiveException.Kind.NOT_CACHED, "nothing cached from " + host(request.url())
                    + " for this question yet: ask once without --offline");
            return fallback(held, parser, digest, nothing, "offline, as asked");
        }
        HttpGetter.Request sent = held != null && mode == Mode.NORMAL ? request.withValidators(held.etag(), held.lastModified()) : request;
        HttpGetter.Response response;
        try {
            response = http.get(sent);
        } catch (LiveException failure) {
            return fallback(held, parser, digest, failure, failure.getMessage());
        }
        if (response.status() == 304 && held != null) {
            AnswerCache.Entry confirmed = held.confirmedAt(now);
            cache.write(confirmed);
            return new Answer<>(read(held, parser, digest), held.headers(), now, Freshness.CONFIRMED, null);
        }
        if (response.status() != 200) {
            LiveException failure = response.status() == 304
                    ? new LiveException(LiveException.Kind.NETWORK, host(request.url()) + " answered 304 to an unconditional request")
                    : refusal.of(response);
            if (failure.kind() == LiveException.Kind.NOT_FOUND || failure.kind() == LiveException.Kind.REFUSED) {
                throw failure; // an answer, not an outage: an old copy would hide it
            }
            return fallback(held, parser, digest, failure, failure.getMessage());
        }
        T value;
        try {
            value = parser.parse(response.body());
        } catch (LiveException broken) {
            return fallback(held, parser, digest, broken, broken.getMessage());
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : keptHeaders) {
            String header = response.header(name);
            if (header != null) {
                kept.put(name, header);
            }
        }
        cache.write(new AnswerCache.Entry(request.url(), now, response.header("etag"), response.header("last-modified"), kept,
                response.body(), digest == null ? null : digest.encode(value)));
        return new Answer<>(value, kept, now, Freshness.LIVE, null);
    }

    private <T> Answer<T> fallback(AnswerCache.Entry held, Parser<T> parser, Digest<T> digest, LiveException failure, String because) {
        if (held == null) {
            throw withNothingCached(failure);
        }
        T value;
        try {
            value = read(held, parser, digest);
        } catch (LiveException damaged) {
            throw withNothingCached(failure);
        }
        return new Answer<>(value, held.headers(), held.fetchedMillis(), Freshness.STALE, because);
    }

    /** An outage with no cached answer to stand in says so: the person then knows that waiting may help. */
    private static LiveException withNothingCached(LiveException failure) {
        if (failure.kind() != LiveException.Kind.NETWORK && failure.kind() != LiveException.Kind.RATE_LIMITED) {
            return failure;
        }
        return new LiveException(failure.kind(), failure.getMessage() + ", and nothing is cached for this question",
                failure.retryAtMillis(), failure.getCause());
    }

    /** A cached answer: its digest when there is a readable one, else its body parsed. */
    private static <T> T read(AnswerCache.Entry held, Parser<T> parser, Digest<T> digest) {
        if (digest != null && held.digest() != null) {
            try {
                return digest.decode(held.digest());
            } catch (java.io.IOException | RuntimeException unreadable) {
                // the body says the same
            }
        }
        return parser.parse(held.body());
    }

    /** The generic meaning of a status: 404 nothing there, 401/403 refused, 429 slow down, anything else an outage. */
    public static LiveException generic(HttpGetter.Response response, String service, long nowMillis) {
        int status = response.status();
        String said = status + (response.message() == null || response.message().isBlank() ? "" : " " + response.message());
        return switch (status) {
            case 404 -> new LiveException(LiveException.Kind.NOT_FOUND, service + " answered " + said);
            case 401, 403 -> new LiveException(LiveException.Kind.REFUSED, service + " refused the request (" + said + ")");
            case 429 -> new LiveException(LiveException.Kind.RATE_LIMITED, service + " asks to slow down (" + said + ")",
                    RateLimits.retryAt(response, nowMillis), null);
            default -> new LiveException(LiveException.Kind.NETWORK, service + " answered " + said);
        };
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
