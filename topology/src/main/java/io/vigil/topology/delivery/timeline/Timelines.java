package io.vigil.topology.delivery.timeline;

import io.vigil.topology.delivery.schedule.Cadence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays a stream's arrivals in event-time order against its cadence. The live path and the backtest both call this,
 * so a stream's state after a backfill is exactly what a live run would have shown: an arrival later than the overdue
 * instant records the episode from that instant to the arrival, whenever it is processed.
 */
public final class Timelines {

    private Timelines() {}

    /**
     * @param startDue the due instant before the first of {@code arrivals} (the cadence's first due, or where an earlier
     *     replay left off)
     * @param arrivals qualifying arrivals in {@link Arrival#EVENT_TIME_ORDER}
     * @param now episodes open only once their overdue instant is at or before this instant
     */
    public static Timeline replay(
            Cadence cadence, Duration grace, Instant startDue, List<Arrival> arrivals, Instant now) {
        List<Episode> episodes = new ArrayList<>();
        Instant due = startDue;
        Optional<Arrival> lastQualifying = Optional.empty();
        for (Arrival arrival : arrivals) {
            Instant next = cadence.dueAfter(arrival.arrivedAt(), arrival.deliveryDay());
            Instant overdue = due.plus(grace);
            // A file for a day already satisfied (yesterday's late file, an older key date) does not satisfy this due;
            // one that leaves the due where it is (a second file for the day) is still the latest arrival.
            if (!next.isAfter(due)) {
                if (next.equals(due) && !arrival.arrivedAt().isAfter(overdue)) {
                    lastQualifying = Optional.of(arrival);
                }
                continue;
            }
            if (arrival.arrivedAt().isAfter(overdue)) {
                episodes.add(Episode.resolved(due, overdue, arrival));
            }
            due = next;
            lastQualifying = Optional.of(arrival);
        }
        Instant overdue = due.plus(grace);
        if (!overdue.isAfter(now)) {
            episodes.add(Episode.open(due, overdue));
        }
        return new Timeline(List.copyOf(episodes), due, overdue, lastQualifying);
    }
}
