package io.vigil.bench.telemetry;

import io.vigil.bench.harness.BenchClients;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@value TelemetryNames#ALERTS_TOPIC} as a client of the alerts would ({@code read_committed}: an alert
 * counts once the transaction that evaluated its batch commits) and notes when each alert arrived, on a thread of its
 * own, from the end of the topic as it was when the watcher started.
 */
final class AlertWatcher implements AutoCloseable {

    /** One alert as it arrived: its id, the batch that fired it and {@link System#nanoTime()} on arrival. */
    record Arrival(String alertId, String batchId, long at) {}

    private static final Duration POLL = Duration.ofMillis(100);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread named = new Thread(runnable, "telemetry-bench-alerts");
        named.setDaemon(true);
        return named;
    });
    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<TelemetryAlert> alerts;
    private final BlockingQueue<Arrival> arrived = new LinkedBlockingQueue<>();
    private final Future<?> reading;

    AlertWatcher(String bootstrapServers, List<TopicPartition> partitions) throws Exception {
        // the registry derives ids from the schemas (as Vigil's does): the alert schema registered here has the id
        // Vigil writes alerts with
        FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
        AvroSerde<TelemetryAlert> serde = AvroSerde.of(TelemetryAlert.class, registry);
        registry.register(AvroSerde.valueSubject(TelemetryNames.ALERTS_TOPIC), serde.schema());
        this.alerts = serde.deserializer();
        this.consumer = BenchClients.committedReader(bootstrapServers, new StringDeserializer());
        thread.submit(() -> {
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                })
                .get();
        this.reading = thread.submit(this::read);
    }

    private Void read() {
        try {
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    long at = System.nanoTime();
                    String alertId =
                            alerts.deserialize(record.topic(), record.value()).getAlertId();
                    arrived.add(new Arrival(alertId, batchId(alertId), at));
                }
            }
        } catch (WakeupException closing) {
            return null;
        } finally {
            consumer.close();
        }
    }

    /** The batch id in an alert id, {@code ruleId:deviceId:batchId:index}. */
    static String batchId(String alertId) {
        String[] parts = alertId.split(":");
        if (parts.length < 4) {
            throw new IllegalStateException("alert id " + alertId + " is not rule:device:batch:index");
        }
        return parts[parts.length - 2];
    }

    /**
     * The next {@code count} alerts to arrive (or that arrived since the last call), waiting for them up to
     * {@code timeout}.
     */
    List<Arrival> take(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Arrival> taken = new ArrayList<>();
        while (taken.size() < count) {
            Arrival next = arrived.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                if (reading.isDone()) {
                    throw new IllegalStateException("the alert watcher stopped", failure());
                }
                throw new IllegalStateException(
                        "only " + taken.size() + " of " + count + " alerts arrived within " + timeout);
            }
            taken.add(next);
        }
        return taken;
    }

    /** Alerts that arrived and were not taken: none once every round took what it expected. */
    List<Arrival> extra() {
        List<Arrival> extra = new ArrayList<>();
        arrived.drainTo(extra);
        return extra;
    }

    private Throwable failure() {
        try {
            reading.get(0, TimeUnit.MILLISECONDS);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        thread.shutdown();
    }
}
