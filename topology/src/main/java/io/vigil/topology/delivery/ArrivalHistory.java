package io.vigil.topology.delivery;

import io.vigil.schema.s3.S3ObjectEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The objects created in each bucket over the retention period, for the backtest: {@value
 * DeliveryNames#ARRIVAL_HISTORY_STORE} ordered by bucket then time, and {@value DeliveryNames#ARRIVAL_EXPIRY_STORE}
 * ordered by time, so that expiring old entries is a range delete rather than a scan of every bucket.
 */
public final class ArrivalHistory {

    /** Not in any bucket name, so one bucket's keys are contiguous; printable, so keys can travel as cursors. */
    private static final char SEPARATOR = '/';

    private final KeyValueStore<String, S3ObjectEvent> byBucket;
    private final KeyValueStore<String, String> byTime;

    ArrivalHistory(KeyValueStore<String, S3ObjectEvent> byBucket, KeyValueStore<String, String> byTime) {
        this.byBucket = byBucket;
        this.byTime = byTime;
    }

    void record(S3ObjectEvent event) {
        String key = key(event.getBucket(), event.getEventTime(), event.getKey());
        byBucket.put(key, event);
        byTime.put(millis(event.getEventTime()) + SEPARATOR + key, key);
    }

    /** Removes every entry whose event time is more than {@code retention} before {@code now}. */
    void expire(Instant now, Duration retention) {
        List<KeyValue<String, String>> old = new ArrayList<>();
        try (KeyValueIterator<String, String> entries = byTime.range(null, millis(now.minus(retention)))) {
            entries.forEachRemaining(old::add);
        }
        for (KeyValue<String, String> entry : old) {
            byBucket.delete(entry.value);
            byTime.delete(entry.key);
        }
    }

    /** The key of an object in the history: bucket, then event time, then object key, so a range is one bucket's time. */
    public static String key(String bucket, Instant eventTime, String objectKey) {
        return bucket + SEPARATOR + millis(eventTime) + SEPARATOR + objectKey;
    }

    /** The first key of {@code bucket} at or after {@code instant}: where a range of its history starts. */
    public static String start(String bucket, Instant instant) {
        return bucket + SEPARATOR + millis(instant);
    }

    private static String millis(Instant instant) {
        return String.format("%020d", instant.toEpochMilli());
    }
}
