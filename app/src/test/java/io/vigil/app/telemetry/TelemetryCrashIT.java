package io.vigil.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.app.runtime.CrashableInstances;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.RuleOperator;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import io.vigil.topology.telemetry.rule.KOfNEvaluator;
import io.vigil.topology.uptime.report.ReportObjects;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partitioning by device plus exactly-once replace the original's database locks: an instance that dies in the middle
 * of the batches (after the rule evaluator has taken a batch, updated its windows and sent its alerts, before the
 * commit) leaves no duplicate and no lost alert once another instance has taken over. The expected alerts come from
 * the rule evaluator run over the same readings without any crash.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(300)
class TelemetryCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int BATCHES = 40;
    private static final int EVENTS = 25;
    private static final int CRASH_AT_BATCH = 17;

    private CrashableInstances instances;

    @AfterEach
    void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void crashMidBatchesLeavesNoDuplicateAndNoLostAlert(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path dirA, @TempDir Path dirB) throws Exception {
        String prefix = TestNames.unique(test);
        instances = new CrashableInstances(kafka, prefix);
        instances.provisionTopics(instances.config(dirA));
        String project = prefix + "-p";
        Device device = Device.newBuilder()
                .setDeviceId(prefix + "-d")
                .setProjectId(project)
                .setExternalId("d")
                .setCreatedAt(Instant.now())
                .build();
        TelemetryRule rule = TelemetryRule.newBuilder()
                .setRuleId(prefix + "-r")
                .setProjectId(project)
                .setName("3 of the last 5 above 50")
                .setMetric("v")
                .setOperator(RuleOperator.GT)
                .setThreshold(50)
                .setWindowN(5)
                .setRequiredK(3)
                .setCooldownSeconds(0)
                .setScope(RuleScope.ALL)
                .setCreatedAt(Instant.now())
                .setUpdatedAt(Instant.now())
                .build();
        List<TelemetryBatch> batches = batches(project, device.getDeviceId());
        List<String> expected = expectedAlertIds(rule, batches);
        CrashAfterBatch.arm(CRASH_AT_BATCH);

        String deviceKey = TelemetryKeys.scoped(project, device.getDeviceId());
        try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
            send(producer, TelemetryNames.DEVICES_TOPIC, deviceKey, device, Device.class);
            send(
                    producer,
                    TelemetryNames.RULES_TOPIC,
                    TelemetryKeys.scoped(project, rule.getRuleId()),
                    rule,
                    TelemetryRule.class);
            producer.flush();
            KafkaStreams first = instances.start(
                    instances.config(dirA),
                    18091,
                    ReportObjects.unavailable(),
                    Map.of(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, CrashAfterBatch.class));
            await("the first instance running").atMost(WAIT).until(() -> first.state() == KafkaStreams.State.RUNNING);
            for (TelemetryBatch batch : batches) {
                send(producer, TelemetryNames.EVENTS_TOPIC, deviceKey, batch, TelemetryBatch.class);
            }
            producer.flush();
            await("the first instance crashed mid-batches")
                    .atMost(WAIT)
                    .until(() -> first.state() == KafkaStreams.State.ERROR
                            || first.state() == KafkaStreams.State.NOT_RUNNING);
        }
        assertThat(CrashAfterBatch.taken.get()).isEqualTo(CRASH_AT_BATCH);
        instances.start(instances.config(dirB), 18092, ReportObjects.unavailable(), Map.of());

        List<String> delivered =
                AlertsOnTopic.ids(kafka.bootstrapServers(), instances.registry(), deviceKey, expected.size(), WAIT);
        assertThat(expected).hasSizeGreaterThan(BATCHES);
        assertThat(delivered).containsExactlyElementsOf(expected);
    }

    /** Readings that breach in runs of varying length, so that windows carry over from batch to batch. */
    private static List<TelemetryBatch> batches(String project, String deviceId) {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        List<TelemetryBatch> batches = new ArrayList<>();
        int reading = 0;
        for (int b = 0; b < BATCHES; b++) {
            List<TelemetryEvent> events = new ArrayList<>();
            for (int e = 0; e < EVENTS; e++, reading++) {
                double value = (reading % 7 < 3 || reading % 11 == 0) ? 60 : 40;
                events.add(new TelemetryEvent(start.plusSeconds(reading), Map.of("v", value)));
            }
            batches.add(new TelemetryBatch("b" + b, project, deviceId, start.plusSeconds(reading), events));
        }
        return batches;
    }

    private static List<String> expectedAlertIds(TelemetryRule rule, List<TelemetryBatch> batches) {
        KOfNEvaluator evaluator = KOfNEvaluator.resume(rule, null);
        List<String> ids = new ArrayList<>();
        for (TelemetryBatch batch : batches) {
            for (int i = 0; i < batch.getEvents().size(); i++) {
                TelemetryEvent event = batch.getEvents().get(i);
                if (evaluator
                        .take((Double) event.getData().get("v"), event.getTs())
                        .fires()) {
                    ids.add(String.join(":", rule.getRuleId(), batch.getDeviceId(), batch.getBatchId(), "" + i));
                }
            }
        }
        return ids;
    }

    private KafkaProducer<String, byte[]> producer(EmbeddedKafkaCluster kafka) {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    private <T extends org.apache.avro.specific.SpecificRecord> void send(
            KafkaProducer<String, byte[]> producer, String topic, String key, T value, Class<T> type) {
        Serializer<T> serializer = AvroSerde.of(type, instances.registry()).serializer();
        producer.send(new ProducerRecord<>(topic, key, serializer.serialize(topic, value)));
    }

    /**
     * Wraps the rule evaluator so that the instance dies right after it has taken the armed batch: its windows and
     * stored alerts written, its alerts sent into the open transaction, nothing committed.
     */
    public static final class CrashAfterBatch implements ProcessorWrapper {

        static final AtomicInteger taken = new AtomicInteger();
        private static volatile int crashAt;

        static void arm(int batch) {
            taken.set(0);
            crashAt = batch;
        }

        @Override
        public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
                String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
            if (!processorName.equals("telemetry-evaluate-rules")) {
                return ProcessorWrapper.asWrapped(supplier);
            }
            return new WrappedProcessorSupplier<>() {
                @Override
                public Processor<KIn, VIn, KOut, VOut> get() {
                    Processor<KIn, VIn, KOut, VOut> evaluator = supplier.get();
                    return new Processor<>() {
                        @Override
                        public void init(ProcessorContext<KOut, VOut> context) {
                            evaluator.init(context);
                        }

                        @Override
                        public void process(Record<KIn, VIn> record) {
                            evaluator.process(record);
                            if (taken.incrementAndGet() == crashAt) {
                                throw new InstanceCrash();
                            }
                        }

                        @Override
                        public void close() {
                            evaluator.close();
                        }
                    };
                }

                @Override
                public Set<StoreBuilder<?>> stores() {
                    return supplier.stores();
                }
            };
        }

        @Override
        public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
                String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
            return ProcessorWrapper.asWrappedFixedKey(supplier);
        }
    }

    /** The simulated crash: an error, which no exception handler may resume from. */
    private static final class InstanceCrash extends Error {
        InstanceCrash() {
            super("the instance dies after taking a batch, before committing it");
        }
    }
}
