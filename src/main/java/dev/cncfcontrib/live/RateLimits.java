package dev.cncfcontrib.live;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * Reads when a rate-limited request may be tried again: {@code Retry-After} (seconds, or an HTTP date), else
 * GitHub's {@code X-RateLimit-Reset} (epoch seconds), and says it in words.
 */
final class RateLimits {

    private RateLimits() {
    }

    /** GitHub's sign that the limit is used up: 403 or 429 with {@code X-RateLimit-Remaining: 0}, or a Retry-After. */
    static boolean limited(HttpGetter.Response response) {
        int status = response.status();
        if (status != 403 && status != 429) {
            return false;
        }
        return "0".equals(trim(response.header("x-ratelimit-remaining"))) || response.header("retry-after") != null
                || status == 429;
    }

    /** Epoch milliseconds when to try again, or 0 when the answer does not say. */
    static long retryAt(HttpGetter.Response response, long nowMillis) {
        String retryAfter = trim(response.header("retry-after"));
        if (retryAfter != null) {
            try {
                long seconds = Long.parseLong(retryAfter);
                if (seconds >= 0) {
                    return nowMillis + TimeUnit.SECONDS.toMillis(Math.min(seconds, 86_400));
                }
            } catch (NumberFormatException notSeconds) {
                try {
                    return ZonedDateTime.parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                } catch (DateTimeException notDate) {
                    // fall through to the reset time
                }
            }
        }
        String reset = trim(response.header("x-ratelimit-reset"));
        if (reset != null) {
            try {
                long epochSeconds = Long.parseLong(reset);
                if (epochSeconds > 0) {
                    return TimeUnit.SECONDS.toMillis(epochSeconds);
                }
            } catch (NumberFormatException ignored) {
                // no usable time
            }
        }
        return 0;
    }

    /** "in 42 s (at 10:32 UTC)", "in 3 min (at 10:35 UTC)", or "later" when the time is unknown. */
    static String when(long retryAtMillis, long nowMillis) {
        if (retryAtMillis <= 0) {
            return "later";
        }
        long seconds = Math.max(0, (retryAtMillis - nowMillis + 999) / 1000);
        String in = seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
        String at = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(retryAtMillis));
        return "in " + in + " (at " + at + " UTC)";
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
