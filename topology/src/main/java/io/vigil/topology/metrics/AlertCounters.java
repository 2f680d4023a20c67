package io.vigil.topology.metrics;

import io.micrometer.core.instrument.Counter;
import java.util.EnumMap;
import java.util.Locale;

/** One alert counter per kind of a domain's alert enum, resolved up front so that counting is an array index. */
public final class AlertCounters<K extends Enum<K>> {

    private final EnumMap<K, Counter> counters;

    private AlertCounters(EnumMap<K, Counter> counters) {
        this.counters = counters;
    }

    public static <K extends Enum<K>> AlertCounters<K> of(DomainMeters meters, String domain, Class<K> kinds) {
        EnumMap<K, Counter> counters = new EnumMap<>(kinds);
        for (K kind : kinds.getEnumConstants()) {
            counters.put(kind, meters.alerts(domain, kind.name().toLowerCase(Locale.ROOT)));
        }
        return new AlertCounters<>(counters);
    }

    public void count(K kind) {
        counters.get(kind).increment();
    }
}
