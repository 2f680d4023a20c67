package io.vigil.topology.delivery.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/** A qualifying file: when it arrived (S3 event time), the local date it counts for, and its object key. */
public record Arrival(Instant arrivedAt, LocalDate deliveryDay, String key) {

    /** Event-time order; the key breaks ties so that a replay is deterministic. */
    public static final Comparator<Arrival> EVENT_TIME_ORDER =
            Comparator.comparing(Arrival::arrivedAt).thenComparing(Arrival::key);
}
