package io.vigil.topology.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.quality.QualityPassCounts;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityTopologyTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final String NINE_O_CLOCK = SummaryKeys.of("landing", "in/", NINE);

    @TempDir
    Path stateDir;

    private VigilTopologyTestHarness harness;
    private TestInputTopic<String, DataQualityResult> results;

    @BeforeEach
    void start() {
        harness = new VigilTopologyTestHarness(stateDir);
        results = harness.driver()
                .createInputTopic(
                        QualityNames.RESULTS_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(DataQualityResult.class, harness.registry())
                                .serializer());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldCountPassedFailedAndMissingObjectsPerRuleAndHour() {
        results.pipeInput("landing/in/a.csv", result("in/a.csv", NINE.plusSeconds(60), ObjectOutcome.CHECKED));
        results.pipeInput(
                "landing/in/b.csv",
                result("in/b.csv", NINE.plusSeconds(120), ObjectOutcome.CHECKED, failed("column_type", "value")));
        results.pipeInput("landing/in/c.csv", result("in/c.csv", NINE.plusSeconds(3000), ObjectOutcome.NO_SUCH_KEY));
        results.pipeInput("landing/in/d.csv", result("in/d.csv", NINE.plusSeconds(3600), ObjectOutcome.CHECKED));

        QualityPassCounts nine = summary().get(NINE_O_CLOCK);
        assertThat(nine.getObjects()).isEqualTo(3);
        assertThat(nine.getPassed()).isEqualTo(1);
        assertThat(nine.getMissing()).isEqualTo(1);
        assertThat(nine.getCheckFailures()).containsExactly(Map.entry("column_type:value", 1L));
        assertThat(summary()
                        .get(SummaryKeys.of("landing", "in/", NINE.plusSeconds(3600)))
                        .getObjects())
                .isEqualTo(1);
    }

    @Test
    void shouldCountAnObjectCheckedTwiceOnce() {
        DataQualityResult failedOnce = result("in/a.csv", NINE, ObjectOutcome.CHECKED, failed("min_rows", null));
        results.pipeInput("landing/in/a.csv", failedOnce);
        results.pipeInput("landing/in/a.csv", failedOnce);

        QualityPassCounts nine = summary().get(NINE_O_CLOCK);
        assertThat(nine.getObjects()).isEqualTo(1);
        assertThat(nine.getCheckFailures()).containsExactly(Map.entry("min_rows", 1L));
    }

    @Test
    void shouldMoveAnObjectToPassedWhenItsNewResultPasses() {
        results.pipeInput(
                "landing/in/a.csv", result("in/a.csv", NINE, ObjectOutcome.CHECKED, failed("non_empty", null)));
        results.pipeInput("landing/in/a.csv", result("in/a.csv", NINE, ObjectOutcome.CHECKED));

        QualityPassCounts nine = summary().get(NINE_O_CLOCK);
        assertThat(nine.getObjects()).isEqualTo(1);
        assertThat(nine.getPassed()).isEqualTo(1);
        assertThat(nine.getCheckFailures()).isEmpty();
        assertThat(latest().get("landing/in/a.csv").getPassed()).isTrue();
    }

    @Test
    void shouldKeepEveryRuleInATableTheApiReads() {
        harness.driver()
                .createInputTopic(
                        QualityNames.RULES_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(QualityRule.class, harness.registry()).serializer())
                .pipeInput(
                        "landing/in/",
                        QualityRule.newBuilder()
                                .setBucket("landing")
                                .setPrefix("in/")
                                .setNonEmpty(true)
                                .setUpdatedAt(NINE)
                                .build());

        KeyValueStore<String, ValueAndTimestamp<QualityRule>> rules =
                harness.driver().getTimestampedKeyValueStore(QualityNames.RULES_STORE);
        assertThat(rules.get("landing/in/").value().getNonEmpty()).isTrue();
    }

    @Test
    void shouldForgetResultsAndHourlyCountsOlderThanTheRetention() {
        Instant now = Instant.now();
        Instant longAgo = now.minus(Duration.ofDays(40));
        DataQualityResult old = result("in/old.csv", longAgo, ObjectOutcome.CHECKED);
        DataQualityResult recent = result("in/new.csv", now.minus(Duration.ofHours(2)), ObjectOutcome.CHECKED);
        results.pipeInput("landing/in/old.csv", old);
        results.pipeInput("landing/in/new.csv", recent);
        assertThat(latest().get("landing/in/old.csv")).isNotNull();

        harness.driver().advanceWallClockTime(Duration.ofHours(1));

        assertThat(latest().get("landing/in/old.csv")).isNull();
        assertThat(latest().get("landing/in/new.csv")).isEqualTo(recent);
        assertThat(summary().get(SummaryKeys.of("landing", "in/", longAgo))).isNull();
        assertThat(summary()
                        .get(SummaryKeys.of("landing", "in/", recent.getEventTime()))
                        .getObjects())
                .isEqualTo(1);
        KeyValueStore<String, String> byCheckTime =
                harness.driver().getKeyValueStore(QualityNames.RESULTS_EXPIRY_STORE);
        try (var left = byCheckTime.all()) {
            assertThat(left).toIterable().extracting(entry -> entry.value).containsExactly("landing/in/new.csv");
        }
    }

    private KeyValueStore<String, QualityPassCounts> summary() {
        return harness.driver().getKeyValueStore(QualityNames.SUMMARY_STORE);
    }

    private KeyValueStore<String, DataQualityResult> latest() {
        return harness.driver().getKeyValueStore(QualityNames.RESULTS_STORE);
    }

    private static CheckResult failed(String check, String column) {
        return CheckResult.newBuilder()
                .setCheck(check)
                .setColumn(column)
                .setPassed(false)
                .setMeasured("3")
                .setThreshold("0")
                .build();
    }

    private static DataQualityResult result(String key, Instant landed, ObjectOutcome outcome, CheckResult... failed) {
        return DataQualityResult.newBuilder()
                .setBucket("landing")
                .setKey(key)
                .setRulePrefix("in/")
                .setOutcome(outcome)
                .setPassed(outcome == ObjectOutcome.CHECKED && failed.length == 0)
                .setChecks(List.of(failed))
                .setEventTime(landed)
                .setCheckedAt(landed.plusSeconds(5))
                .build();
    }
}
