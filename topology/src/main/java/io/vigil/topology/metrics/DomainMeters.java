package io.vigil.topology.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * The topology's own meters (alerts by kind, dead letters by source and reason), registered in the instance's
 * Micrometer registry, which reaches processors and exception handlers through the Streams config under
 * {@link #REGISTRY_CONFIG}.
 *
 * <p>Why not Kafka Streams' custom sensors: they are thread-level, so a replaced stream thread starts them again under
 * a new {@code thread-id} series, and the exception handlers get no {@code StreamsMetrics} at all. A process-wide
 * counter resolved once in {@code init} costs one increment per record and is untouched by rebalances. Records in and
 * out per topic, consumer lag and store sizes are Kafka's own client and state-store metrics, already bound.
 */
public final class DomainMeters {

    /** The Streams config key that carries the {@link MeterRegistry}. */
    public static final String REGISTRY_CONFIG = "vigil.metrics.registry";

    static final String ALERTS = "vigil.alerts";
    static final String DEAD_LETTERS = "vigil.dlq.records";

    private final MeterRegistry registry;

    private DomainMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public static DomainMeters of(MeterRegistry registry) {
        return new DomainMeters(registry);
    }

    /**
     * The registry in {@code configs}; without one (tests and tools that run the topology alone) the meters count into
     * a registry nobody reads.
     */
    public static DomainMeters from(Map<String, ?> configs) {
        Object registry = configs.get(REGISTRY_CONFIG);
        if (registry == null) {
            return new DomainMeters(new CompositeMeterRegistry());
        }
        if (!(registry instanceof MeterRegistry meters)) {
            throw new ConfigException(REGISTRY_CONFIG, registry, "must be a MeterRegistry instance");
        }
        return new DomainMeters(meters);
    }

    /** Alerts a domain emitted, of one kind. Resolve it once, then increment it per alert. */
    public Counter alerts(String domain, String kind) {
        return Counter.builder(ALERTS)
                .description("Alerts emitted, by domain and kind")
                .tag("domain", domain)
                .tag("kind", kind)
                .register(registry);
    }

    /**
     * Counts one record sent to {@code vigil.dlq}.
     *
     * @param source who sent it: deserialization, processing or object-reader
     * @param topic the topic it came from (a fixed set)
     * @param error why: its simple class name is the reason tag, a set bounded by the code
     */
    public void deadLetter(String source, String topic, Exception error) {
        Counter.builder(DEAD_LETTERS)
                .description("Records sent to the dead-letter topic, by source, input topic and reason")
                .tag("source", source)
                .tag("topic", String.valueOf(topic))
                .tag("reason", error.getClass().getSimpleName())
                .register(registry)
                .increment();
    }
}
