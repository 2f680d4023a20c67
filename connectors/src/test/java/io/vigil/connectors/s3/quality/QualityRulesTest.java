package io.vigil.connectors.s3.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QualityRulesTest {

    private static final String TOPIC = "vigil.quality.rules";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final AvroSerde<QualityRule> serde = AvroSerde.of(QualityRule.class, new FingerprintSchemaRegistry());
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final QualityRules rules = new QualityRules(consumer, serde, TOPIC);
    private long offset;

    @AfterEach
    void close() {
        rules.close();
    }

    @Test
    void shouldMatchTheEnabledRuleWithTheLongestPrefix() {
        load(
                rule("landing", "", true),
                rule("landing", "in/", true),
                rule("landing", "in/b/x", true),
                rule("landing", "in/daily/", false),
                rule("archive", "in/", true));

        assertThat(prefixOf("landing", "in/b/y.csv")).contains("in/");
        assertThat(prefixOf("landing", "in/b/x.csv")).contains("in/b/x");
        assertThat(prefixOf("landing", "in/daily/today.csv"))
                .as("a disabled rule is skipped")
                .contains("in/");
        assertThat(prefixOf("landing", "out/report.csv")).contains("");
        assertThat(prefixOf("unknown", "in/a.csv")).isEmpty();
    }

    @Test
    void shouldForgetARuleWhenItIsDeleted() {
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        QualityRule rule = rule("landing", "in/", true);
        consumer.updateEndOffsets(Map.of(PARTITION, 2L));
        consumer.schedulePollTask(() -> {
            add("landing/in/", serde.serialize(TOPIC, rule));
            add("landing/in/", null);
        });

        rules.start(Duration.ofSeconds(5));

        assertThat(rules.match("landing", "in/a.csv")).isEmpty();
    }

    @Test
    void shouldSkipARuleItCannotRead() {
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, 2L));
        QualityRule rule = rule("landing", "", true);
        consumer.schedulePollTask(() -> {
            add("landing/in/", new byte[] {0, 0, 0, 0, 1, 2});
            add("landing/", serde.serialize(TOPIC, rule));
        });

        rules.start(Duration.ofSeconds(5));

        assertThat(prefixOf("landing", "in/a.csv")).contains("");
    }

    private Optional<String> prefixOf(String bucket, String key) {
        return rules.match(bucket, key).map(QualityRule::getPrefix);
    }

    private void load(QualityRule... all) {
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), null, null)));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, (long) all.length));
        consumer.schedulePollTask(() -> {
            for (QualityRule rule : all) {
                add(rule.getBucket() + "/" + rule.getPrefix(), serde.serialize(TOPIC, rule));
            }
        });
        rules.start(Duration.ofSeconds(5));
        assertThat(rules.size()).isEqualTo((int)
                java.util.Arrays.stream(all).filter(QualityRule::getEnabled).count());
    }

    private void add(String key, byte[] value) {
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, offset++, key, value));
    }

    private static QualityRule rule(String bucket, String prefix, boolean enabled) {
        return QualityRule.newBuilder()
                .setBucket(bucket)
                .setPrefix(prefix)
                .setEnabled(enabled)
                .setNonEmpty(true)
                .setUpdatedAt(Instant.parse("2026-11-23T09:00:00Z"))
                .build();
    }
}
