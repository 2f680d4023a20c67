package io.vigil.topology.telemetry;

import static io.vigil.topology.telemetry.TelemetryRecords.PROJECT;
import static io.vigil.topology.telemetry.TelemetryRecords.T0;
import static io.vigil.topology.telemetry.TelemetryRecords.batch;
import static io.vigil.topology.telemetry.TelemetryRecords.device;
import static io.vigil.topology.telemetry.TelemetryRecords.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.RuleOperator;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import io.vigil.schema.trace.CorrelationIds;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.test.TestRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEvaluatorTopologyTest {

    @TempDir
    Path stateDir;

    private VigilTopologyTestHarness harness;
    private TestInputTopic<String, Device> devices;
    private TestInputTopic<String, TelemetryRule> rules;
    private AvroSerde<TelemetryBatch> batchSerde;
    private TestInputTopic<String, TelemetryBatch> batches;
    private TestOutputTopic<String, TelemetryAlert> alerts;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        harness = new VigilTopologyTestHarness(stateDir, T0);
        var registry = harness.registry();
        devices = harness.driver()
                .createInputTopic(
                        TelemetryNames.DEVICES_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(Device.class, registry).serializer());
        rules = harness.driver()
                .createInputTopic(
                        TelemetryNames.RULES_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(TelemetryRule.class, registry).serializer());
        batchSerde = AvroSerde.of(TelemetryBatch.class, registry);
        batches = harness.driver()
                .createInputTopic(TelemetryNames.EVENTS_TOPIC, new StringSerializer(), batchSerde.serializer());
        alerts = harness.driver()
                .createOutputTopic(
                        TelemetryNames.ALERTS_TOPIC,
                        new StringDeserializer(),
                        AvroSerde.of(TelemetryAlert.class, registry).deserializer());
        dlq = harness.driver()
                .createOutputTopic(VigilTopics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void readmeExampleFiresOneAlertAtTheFifthReadingAndStoresIt() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 5, 5).build());

        send(batch("b1", "d1", "temperature", T0, 95.0, 96.0, 97.0, 98.0, 99.0));

        List<KeyValue<String, TelemetryAlert>> fired = alerts.readKeyValuesToList();
        assertThat(fired).hasSize(1);
        TelemetryAlert alert = fired.get(0).value;
        assertThat(fired.get(0).key).isEqualTo(PROJECT + "/d1");
        assertThat(alert.getAlertId()).isEqualTo("r1:d1:b1:4");
        assertThat(alert.getValue()).isEqualTo(99.0);
        assertThat(alert.getEventTs()).isEqualTo(T0.plusSeconds(4));
        assertThat(alert.getOperator()).isEqualTo(">");
        assertThat(alert.getBreaches()).isEqualTo(5);
        assertThat(storedAlerts()).extracting(TelemetryAlert::getAlertId).containsExactly("r1:d1:b1:4");
    }

    @Test
    void alertCarriesTheCorrelationIdOfItsBatchAndIsCounted() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 1, 1).build());
        Headers fromRequest = new RecordHeaders();
        CorrelationIds.set(fromRequest, "req-42");

        batches.pipeInput(new TestRecord<>(
                PROJECT + "/d1", batch("b1", "d1", "temperature", T0, 95.0), fromRequest, T0.plusSeconds(1)));

        List<TestRecord<String, TelemetryAlert>> fired = alerts.readRecordsToList();
        assertThat(fired).hasSize(1);
        assertThat(CorrelationIds.in(fired.get(0).headers())).contains("req-42");
        assertThat(harness.meters()
                        .get("vigil.alerts")
                        .tag("domain", "telemetry")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void windowCarriesAcrossBatchesOfTheSameDevice() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 3, 3).build());

        send(batch("b1", "d1", "temperature", T0, 90.0, 91.0));
        send(batch("b2", "d1", "temperature", T0.plusSeconds(10), 92.0));

        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getAlertId)
                .containsExactly("r1:d1:b2:0");
    }

    @Test
    void devicesHaveTheirOwnWindows() {
        addDevice(device("d1"));
        addDevice(device("d2"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 2, 2).build());

        send(batch("b1", "d1", "temperature", T0, 90.0));
        send(batch("b2", "d2", "temperature", T0, 90.0));

        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void valuesThatAreNotNumbersOrMissTheMetricDoNotEnterTheWindow() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 2, 2).build());

        send(batch("b1", "d1", "temperature", T0, 90.0, "hot", true));
        send(batch("b2", "d1", "humidity", T0.plusSeconds(10), 99.0));
        send(batch("b3", "d1", "temperature", T0.plusSeconds(20), 91.0));

        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getAlertId)
                .containsExactly("r1:d1:b3:0");
        assertThat(recentEvents("d1")).hasSize(5);
    }

    @Test
    void tagRulesWatchOnlyDevicesWithTheTag() {
        addDevice(device("d1", "freezer"));
        addDevice(device("d2", "oven"));
        addRule(rule("r1", "temperature", RuleOperator.GT, -10, 1, 1)
                .setScope(RuleScope.TAG)
                .setTag("freezer")
                .build());

        send(batch("b1", "d1", "temperature", T0, 0.0));
        send(batch("b2", "d2", "temperature", T0, 0.0));

        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getDeviceId)
                .containsExactly("d1");
    }

    @Test
    void explicitRulesWatchOnlyAssignedDevices() {
        addDevice(device("d1"));
        addDevice(device("d2"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 0, 1, 1)
                .setScope(RuleScope.EXPLICIT)
                .setDeviceIds(List.of("d2"))
                .build());

        send(batch("b1", "d1", "temperature", T0, 5.0));
        send(batch("b2", "d2", "temperature", T0, 5.0));

        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getDeviceId)
                .containsExactly("d2");
    }

    @Test
    void ruleChangesApplyFromTheNextBatchAndDisabledRulesAreSilent() {
        addDevice(device("d1"));
        TelemetryRule.Builder rule = rule("r1", "temperature", RuleOperator.GT, 80, 1, 1);
        addRule(rule.build());
        send(batch("b1", "d1", "temperature", T0, 85.0));

        addRule(rule.setThreshold(90).setRevision(1).build());
        send(batch("b2", "d1", "temperature", T0.plusSeconds(10), 85.0));
        addRule(rule.setThreshold(0).setEnabled(false).setRevision(2).build());
        send(batch("b3", "d1", "temperature", T0.plusSeconds(20), 85.0));

        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getAlertId)
                .containsExactly("r1:d1:b1:0");
    }

    @Test
    void rulesOfOtherProjectsNeverApply() {
        addDevice(device("d1"));
        TelemetryRule foreign = rule("r9", "temperature", RuleOperator.GT, 0, 1, 1)
                .setProjectId("p-2")
                .build();
        rules.pipeInput("p-2/r9", foreign);

        send(batch("b1", "d1", "temperature", T0, 5.0));

        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void aBatchOutOfTimeOrderIsStoredAsRunsButEvaluatedInTheOrderSent() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 2, 2).build());
        TelemetryBatch sent = batch("b1", "d1", "temperature", T0, 90.0, 91.0, 5.0);
        sent.getEvents().get(0).setTs(T0.plusSeconds(300)); // sent first, taken first, though five minutes later

        send(sent);

        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getAlertId, TelemetryAlert::getEventTs)
                .containsExactly(Tuple.tuple("r1:d1:b1:1", T0.plusSeconds(1)));
        assertThat(storedRuns("d1")).hasSize(2);
        assertThat(recentEvents("d1"))
                .extracting(TelemetryEvent::getTs)
                .containsExactly(T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(300));
    }

    @Test
    void aBatchWrittenWithAnotherSchemaIsEvaluatedAndStoredWithTheCurrentOne() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 1, 1).build());
        // a later schema with one more field at the end: the current bytes, then that field's string
        Schema later = new Schema.Parser()
                .parse(TelemetryBatch.getClassSchema()
                        .toString()
                        .replaceFirst("]}$", ",{\"name\":\"firmware\",\"type\":\"string\",\"default\":\"\"}]}"));
        int laterId = harness.registry().register(AvroSerde.valueSubject(TelemetryNames.EVENTS_TOPIC), later);
        byte[] current = batchSerde.serialize(TelemetryNames.EVENTS_TOPIC, batch("b1", "d1", "temperature", T0, 95.0));
        ByteBuffer framed = ByteBuffer.allocate(current.length + 3);
        framed.put((byte) 0)
                .putInt(laterId)
                .put(current, AvroSerde.AVRO_OFFSET, current.length - AvroSerde.AVRO_OFFSET);
        framed.put((byte) 4).put("v2".getBytes(StandardCharsets.UTF_8)); // zig-zag length 2, then the text
        TestInputTopic<String, byte[]> raw = harness.driver()
                .createInputTopic(TelemetryNames.EVENTS_TOPIC, new StringSerializer(), new ByteArraySerializer());

        raw.pipeInput(PROJECT + "/d1", framed.array());

        assertThat(dlq.readRecordsToList()).isEmpty();
        assertThat(alerts.readValuesToList())
                .extracting(TelemetryAlert::getAlertId)
                .containsExactly("r1:d1:b1:0");
        assertThat(storedRuns("d1")).singleElement().satisfies(run -> assertThat(
                        batchSerde.writtenWithReaderSchema(TelemetryNames.RECENT_STORE, run))
                .isTrue());
    }

    @Test
    void bytesThatAreNotABatchGoToTheDeadLetterTopic() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 80, 1, 1).build());
        byte[] truncated =
                batchSerde.serialize(TelemetryNames.EVENTS_TOPIC, batch("b1", "d1", "temperature", T0, 95.0, 96.0));
        TestInputTopic<String, byte[]> raw = harness.driver()
                .createInputTopic(TelemetryNames.EVENTS_TOPIC, new StringSerializer(), new ByteArraySerializer());

        raw.pipeInput(PROJECT + "/d1", Arrays.copyOf(truncated, truncated.length - 9));

        assertThat(dlq.readRecordsToList()).hasSize(1);
        assertThat(alerts.readValuesToList()).isEmpty();
        assertThat(storedRuns("d1")).isEmpty();
    }

    @Test
    void batchKeyedForAnotherDeviceGoesToTheDeadLetterTopic() {
        addDevice(device("d1"));

        batches.pipeInput(PROJECT + "/d2", batch("b1", "d1", "temperature", T0, 5.0));

        assertThat(dlq.readRecordsToList()).hasSize(1);
        assertThat(recentEvents("d1")).isEmpty();
    }

    @Test
    void storedAlertsPerDeviceAreCappedNewestFirst() {
        addDevice(device("d1"));
        addRule(rule("r1", "temperature", RuleOperator.GT, 0, 1, 1).build());
        Object[] values = new Object[TelemetrySettings.DEFAULTS.alertsPerDevice() + 5];
        Arrays.fill(values, 1.0);

        send(batch("b1", "d1", "temperature", T0, values));

        List<TelemetryAlert> stored = storedAlerts();
        assertThat(stored).hasSize(TelemetrySettings.DEFAULTS.alertsPerDevice());
        assertThat(stored.get(0).getAlertId()).isEqualTo("r1:d1:b1:" + (values.length - 1));
    }

    private void addDevice(Device device) {
        devices.pipeInput(PROJECT + "/" + device.getDeviceId(), device);
    }

    private void addRule(TelemetryRule rule) {
        rules.pipeInput(PROJECT + "/" + rule.getRuleId(), rule);
    }

    private void send(TelemetryBatch batch) {
        batches.pipeInput(PROJECT + "/" + batch.getDeviceId(), batch);
    }

    private List<TelemetryAlert> storedAlerts() {
        KeyValueStore<String, TelemetryAlert> store = harness.driver().getKeyValueStore(TelemetryNames.ALERTS_STORE);
        List<TelemetryAlert> stored = new ArrayList<>();
        try (KeyValueIterator<String, TelemetryAlert> all = store.all()) {
            all.forEachRemaining(entry -> stored.add(entry.value));
        }
        return stored;
    }

    private List<TelemetryEvent> recentEvents(String deviceId) {
        List<TelemetryEvent> events = new ArrayList<>();
        storedRuns(deviceId)
                .forEach(run -> events.addAll(
                        batchSerde.deserialize(TelemetryNames.RECENT_STORE, run).getEvents()));
        return events;
    }

    private List<byte[]> storedRuns(String deviceId) {
        WindowStore<String, byte[]> store = harness.driver().getWindowStore(TelemetryNames.RECENT_STORE);
        List<byte[]> runs = new ArrayList<>();
        try (WindowStoreIterator<byte[]> stored =
                store.fetch(PROJECT + "/" + deviceId, T0.minusSeconds(3600), T0.plusSeconds(3600))) {
            stored.forEachRemaining(run -> runs.add(run.value));
        }
        return runs;
    }
}
