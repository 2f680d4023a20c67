package io.vigil.topology.delivery.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a stream's arrivals mean up to an instant: its episodes in order (at most the last one open), the due instant
 * it is waiting for now and when that turns overdue, and the last arrival that moved the due instant forward.
 */
public record Timeline(List<Episode> episodes, Instant dueAt, Instant overdueAt, Optional<Arrival> lastQualifying) {

    public Optional<Episode> openEpisode() {
        return episodes.isEmpty() || !episodes.get(episodes.size() - 1).isOpen()
                ? Optional.empty()
                : Optional.of(episodes.get(episodes.size() - 1));
    }

    /** True when the last qualifying arrival came after its overdue instant. */
    public boolean lastArrivalWasLate() {
        return lastQualifying
                .flatMap(last -> episodes.isEmpty()
                        ? Optional.empty()
                        : episodes.get(episodes.size() - 1).resolvedAt().filter(last.arrivedAt()::equals))
                .isPresent();
    }
}
