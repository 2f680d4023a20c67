package io.vigil.api.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client (an API key, an IP address): {@code rate} requests per second, in bursts of up to twice as
 * many. The buckets live in a bounded cache so that a flood of distinct clients cannot exhaust memory; a rate of 0
 * turns the limit off.
 */
public final class RateLimiter {

    /**
     * A bucket holds this many seconds' worth of requests. An idle bucket is full again after as long, and a new bucket
     * starts full, so forgetting a bucket that has been idle that long changes nothing.
     */
    static final int BURST_SECONDS = 2;

    /**
     * Clients tracked at once: a bucket and its cache entry take about 450 bytes, so some 22 MB when full. Past it the
     * least recently seen lose their bucket early, and with it the part of the burst they had spent.
     */
    static final long MAX_CLIENTS = 50_000;

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final int rate;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** A limiter on the system clock; {@code rate} requests per second, 0 for none. */
    public static RateLimiter perSecond(int rate) {
        return new RateLimiter(rate, MAX_CLIENTS, TimeMeter.SYSTEM_NANOTIME);
    }

    /** Visible for testing: a limiter on the given clock and client bound. */
    RateLimiter(int rate, long maxClients, TimeMeter time) {
        if (rate < 0) {
            throw new IllegalArgumentException("rate must not be negative, was " + rate);
        }
        this.rate = rate;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(Duration.ofSeconds(BURST_SECONDS))
                .ticker(time::currentTimeNanos)
                .build();
    }

    /**
     * Takes one request's token from the client's bucket.
     *
     * @return empty if the request may proceed; otherwise the whole seconds, at least 1, until the client has a token
     */
    public OptionalLong tryAcquire(String client) {
        if (rate == 0) {
            return OptionalLong.empty();
        }
        ConsumptionProbe probe = buckets.get(client, unused -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        // Retry-After takes whole seconds; rounding down would invite a retry that is refused again
        return OptionalLong.of(
                Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }

    /** Visible for testing: how many clients have a bucket, once pending evictions are done. */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(
                        limit -> limit.capacity((long) rate * BURST_SECONDS).refillGreedy(rate, Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
    }
}
