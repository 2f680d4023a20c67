package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.delivery.ExpectationRoute;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.matching.ArrivalRule;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The bucket side: keeps each bucket's expectations (store {@value DeliveryNames#EXPECTATIONS_BY_BUCKET_STORE}, key
 * {@code bucket NUL clientId/streamId}) and weighs every object event against them, emitting one DeliveryEvent per
 * candidate stream keyed by that stream. Compiled rules are kept in memory per bucket, loaded lazily after a restart. Every
 * created object also goes into the bucket's {@link ArrivalHistory}, which the backtest reads.
 */
final class ArrivalMatcher implements Processor<String, BucketInput, String, DeliveryEvent> {

    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private static final StringSerializer KEYS = new StringSerializer();

    private final Map<String, Map<String, ArrivalRule>> rulesByBucket = new HashMap<>();
    private final Duration historyRetention;
    private ArrivalHistory history;
    private ProcessorContext<String, DeliveryEvent> context;
    private KeyValueStore<String, Expectation> index;

    ArrivalMatcher(Duration historyRetention) {
        this.historyRetention = historyRetention;
    }

    @Override
    public void init(ProcessorContext<String, DeliveryEvent> context) {
        this.context = context;
        this.index = context.getStateStore(DeliveryNames.EXPECTATIONS_BY_BUCKET_STORE);
        this.history = new ArrivalHistory(
                context.getStateStore(DeliveryNames.ARRIVAL_HISTORY_STORE),
                context.getStateStore(DeliveryNames.ARRIVAL_EXPIRY_STORE));
        context.schedule(
                EXPIRY_INTERVAL,
                PunctuationType.WALL_CLOCK_TIME,
                now -> history.expire(Instant.ofEpochMilli(now), historyRetention));
    }

    @Override
    public void process(Record<String, BucketInput> record) {
        String bucket = record.key();
        if (bucket == null) {
            return;
        }
        if (record.value() instanceof BucketInput.RouteChanged changed) {
            route(bucket, changed.route());
        } else if (record.value() instanceof BucketInput.ObjectLanded landed) {
            weigh(record, landed.event());
        }
    }

    private void route(String bucket, ExpectationRoute route) {
        String entry = entryKey(bucket, route.getStreamKey());
        Map<String, ArrivalRule> loaded = rulesByBucket.get(bucket);
        if (route.getExpectation() == null) {
            index.delete(entry);
            if (loaded != null) {
                loaded.remove(route.getStreamKey());
            }
        } else {
            index.put(entry, route.getExpectation());
            if (loaded != null) {
                loaded.put(route.getStreamKey(), ArrivalRule.of(route.getExpectation()));
            }
        }
    }

    private void weigh(Record<String, BucketInput> record, S3ObjectEvent event) {
        if (event.getEventName().startsWith("ObjectCreated")) {
            history.record(event);
        }
        for (ArrivalRule rule : rules(event.getBucket()).values()) {
            rule.weigh(event)
                    .ifPresent(verdict ->
                            context.forward(record.withKey(streamKey(verdict)).withValue(verdict)));
        }
    }

    /**
     * The compiled rules of a bucket's expectations, read from the store once per bucket and then kept in step with
     * it: weighing an object then reads nothing from RocksDB and decodes nothing, whatever the bucket holds.
     */
    private Map<String, ArrivalRule> rules(String bucket) {
        return rulesByBucket.computeIfAbsent(bucket, this::load);
    }

    private Map<String, ArrivalRule> load(String bucket) {
        Map<String, ArrivalRule> rules = new TreeMap<>();
        String prefix = entryKey(bucket, "");
        try (KeyValueIterator<String, Expectation> entries = index.prefixScan(prefix, KEYS)) {
            while (entries.hasNext()) {
                KeyValue<String, Expectation> entry = entries.next();
                rules.put(entry.key.substring(prefix.length()), ArrivalRule.of(entry.value));
            }
        }
        return rules;
    }

    private static String entryKey(String bucket, String streamKey) {
        return bucket + '\0' + streamKey;
    }

    private static String streamKey(DeliveryEvent event) {
        return event.getClientId() + "/" + event.getStreamId();
    }
}
