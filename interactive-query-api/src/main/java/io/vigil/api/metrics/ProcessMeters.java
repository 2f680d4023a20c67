package io.vigil.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds the JVM meters (memory, GC, threads, class loading, processor, uptime) and Kafka Streams' own metrics to a
 * registry. Bind once per registry; close it to stop the binders that poll.
 */
public final class ProcessMeters implements AutoCloseable {

    /**
     * How often Kafka metrics bindings look for new Kafka metrics: those of a store or partition that moved here show
     * within about one Prometheus scrape interval, not the binder's default minute.
     */
    public static final Duration KAFKA_REFRESH = Duration.ofSeconds(15);

    private final JvmGcMetrics gc;
    private final KafkaStreamsMetrics streamsMetrics;

    /** Binds every meter to {@code registry} now. */
    public ProcessMeters(MeterRegistry registry, KafkaStreams streams) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.gc = new JvmGcMetrics();
        gc.bindTo(registry);
        this.streamsMetrics = new KafkaStreamsMetrics(streams, Tags.empty(), kafkaMetricsScheduler(), KAFKA_REFRESH);
        streamsMetrics.bindTo(registry);
    }

    /** The thread a Kafka metrics binding refreshes on; the binding shuts it down when closed. */
    public static ScheduledExecutorService kafkaMetricsScheduler() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vigil-kafka-metrics");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        streamsMetrics.close();
        gc.close();
    }
}
