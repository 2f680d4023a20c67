package io.vigil.topology.delivery.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * A time a stream was overdue: from the overdue instant of a missed due to the arrival that resolved it (empty while
 * it is still open).
 */
public record Episode(Instant dueAt, Instant overdueAt, Optional<Instant> resolvedAt, Optional<String> resolvedByKey) {

    static Episode open(Instant dueAt, Instant overdueAt) {
        return new Episode(dueAt, overdueAt, Optional.empty(), Optional.empty());
    }

    static Episode resolved(Instant dueAt, Instant overdueAt, Arrival by) {
        return new Episode(dueAt, overdueAt, Optional.of(by.arrivedAt()), Optional.of(by.key()));
    }

    public boolean isOpen() {
        return resolvedAt.isEmpty();
    }

    /** Stable across replays and instances: the stream and the overdue instant identify an episode. */
    public String id(String streamKey) {
        return streamKey + "@" + overdueAt;
    }
}
