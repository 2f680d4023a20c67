package io.vigil.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds the JVM meters (memory, GC, threads, class loading, processor, uptime) and Kafka Streams' own metrics to a
 * registry. Bind once per registry; close it to stop the binders that poll.
 */
public final class ProcessMeters implements AutoCloseable {

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
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    @Override
    public void close() {
        streamsMetrics.close();
        gc.close();
    }
}
