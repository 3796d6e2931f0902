package dev.cncfcontrib.links;

import java.time.Duration;

/** Checks one URL over the network. Implementations are safe to call from many threads at once. */
public interface LinkProbe {

    /**
     * How hard to try.
     *
     * @param timeout      the longest one request may take, from connecting to the status line
     * @param linkDeadline the longest one link may take, with its redirects, GET fallback and retries
     * @param retryBudget  the longest a link waits in total for {@code Retry-After} before it is reported as is
     * @param userAgent    sent with every request
     */
    record Settings(Duration timeout, Duration linkDeadline, Duration retryBudget, int maxRedirects, String userAgent) {

        /** A request timeout, with the per-link bounds derived from it. */
        public static Settings forTimeout(Duration timeout, String userAgent) {
            Duration retryBudget = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
            return new Settings(timeout, timeout.multipliedBy(3).plus(retryBudget), retryBudget, 10, userAgent);
        }
    }

    /** Never throws: every failure is a {@link LinkResult}. Returns early, with any status, once cancelled. */
    LinkResult check(String url);

    /** Aborts every request in flight, from any thread. */
    void cancelAll();
}
