package dev.cncfcontrib.live;

/**
 * Where the answers behind one result came from: whether any was an old copy standing in for a service that could
 * not answer, and the age of the oldest.
 */
public final class Provenance {

    private long oldestMillis = Long.MAX_VALUE;
    private String staleBecause;
    private boolean cached;

    void add(CachedGet.Answer<?> answer) {
        oldestMillis = Math.min(oldestMillis, answer.fetchedMillis());
        if (answer.stale() && staleBecause == null) {
            staleBecause = answer.staleBecause();
        }
        cached |= answer.freshness() == CachedGet.Freshness.CACHED || answer.stale();
    }

    void add(Provenance other) {
        oldestMillis = Math.min(oldestMillis, other.oldestMillis);
        if (staleBecause == null) {
            staleBecause = other.staleBecause;
        }
        cached |= other.cached;
    }

    /** Some answer is an old copy used because the service could not answer (or offline was asked). */
    public boolean stale() {
        return staleBecause != null;
    }

    /** Why the service was not used, for a stale result. */
    public String staleBecause() {
        return staleBecause;
    }

    /** Some answer came from the cache without asking the service. */
    public boolean fromCache() {
        return cached;
    }

    /** When the oldest answer was fetched (epoch milliseconds), or 0 when there was none. */
    public long oldestMillis() {
        return oldestMillis == Long.MAX_VALUE ? 0 : oldestMillis;
    }
}
