package io.vigil.connectors.s3.quality;

import io.vigil.connectors.common.CompactedTopicFollower;
import io.vigil.schema.quality.QualityRule;
import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every data-quality rule, read from the compacted rules topic and kept up to date by a thread of its own. The reader
 * must not start before the rules are loaded, or it would take objects for unclaimed and skip them: {@link #start}
 * returns only once the topic has been read to its end.
 */
public final class QualityRules implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QualityRules.class);

    private final Deserializer<QualityRule> rules;
    private final Map<String, NavigableMap<String, QualityRule>> byBucket = new ConcurrentHashMap<>();
    private final CompactedTopicFollower follower;

    /** @param consumer a consumer without a group; this object owns and closes it */
    public QualityRules(Consumer<String, byte[]> consumer, Deserializer<QualityRule> rules, String topic) {
        this.rules = rules;
        this.follower = new CompactedTopicFollower(consumer, topic, this::apply);
    }

    /** Reads the rules topic to its end, then follows it. */
    public QualityRules start(Duration timeout) {
        follower.start(timeout);
        log.info("Loaded {} data-quality rules", size());
        return this;
    }

    /** The enabled rule with the longest prefix of {@code key} in {@code bucket}. */
    public Optional<QualityRule> match(String bucket, String key) {
        NavigableMap<String, QualityRule> prefixes = byBucket.get(bucket);
        if (prefixes == null) {
            return Optional.empty();
        }
        // Every prefix of the key sorts at or before it, and a longer prefix after a shorter one: walking down from
        // the key, the first prefix that matches is the longest.
        for (Map.Entry<String, QualityRule> entry :
                prefixes.headMap(key, true).descendingMap().entrySet()) {
            if (key.startsWith(entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    int size() {
        return byBucket.values().stream().mapToInt(Map::size).sum();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        int slash = record.key().indexOf('/');
        String bucket = slash < 0 ? record.key() : record.key().substring(0, slash);
        String prefix = slash < 0 ? "" : record.key().substring(slash + 1);
        QualityRule rule;
        try {
            rule = record.value() == null ? null : rules.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            log.warn(
                    "Ignoring an unreadable quality rule at {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
            return;
        }
        NavigableMap<String, QualityRule> prefixes =
                byBucket.computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>());
        if (rule == null || !rule.getEnabled()) {
            prefixes.remove(prefix);
        } else {
            prefixes.put(prefix, rule);
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
