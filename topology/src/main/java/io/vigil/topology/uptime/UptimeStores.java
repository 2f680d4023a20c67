package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.UptimeCalculator;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Reads one store's uptime inputs from the three uptime stores, as a processor of the polls' task or an interactive
 * query sees them. Every read is a point lookup or one time-ordered range scan of one store's polls.
 */
public final class UptimeStores {

    private final ReadOnlyWindowStore<String, StorePoll> polls;
    private final ReadOnlyKeyValueStore<String, BusinessHours> hours;
    private final ReadOnlyKeyValueStore<String, StoreTimezone> zones;
    private final UptimeSettings settings;

    public UptimeStores(
            ReadOnlyWindowStore<String, StorePoll> polls,
            ReadOnlyKeyValueStore<String, BusinessHours> hours,
            ReadOnlyKeyValueStore<String, StoreTimezone> zones,
            UptimeSettings settings) {
        this.polls = polls;
        this.hours = hours;
        this.zones = zones;
        this.settings = settings;
    }

    /** The store's hours, zone, closure calendar and max poll gap, with the defaults where it has none. */
    public StoreProfile profile(String storeId) {
        BusinessHours stored = hours.get(storeId);
        StoreTimezone zone = zones.get(storeId);
        Long gapSeconds = stored == null ? null : stored.getMaxPollGapSeconds();
        return new StoreProfile(
                StoreHours.of(stored),
                zone == null ? settings.defaultZone() : ZoneId.of(zone.getTimezone()),
                gapSeconds == null ? null : Duration.ofSeconds(gapSeconds),
                stored == null ? null : stored.getClosureCalendar());
    }

    /**
     * The store's polls in {@code [from, to)} in time order, preceded by its latest poll before {@code from} (within
     * the retention) if there is one: that poll sets the status at {@code from}.
     */
    public List<Poll> polls(String storeId, Instant from, Instant to) {
        List<Poll> found = new ArrayList<>();
        latestBefore(storeId, from, found);
        try (WindowStoreIterator<StorePoll> range = polls.fetch(storeId, from, to)) {
            // Windows are whole milliseconds and both bounds are inclusive: the exact instants decide.
            range.forEachRemaining(entry -> {
                Instant at = entry.value.getTimestamp();
                if (!at.isBefore(from) && at.isBefore(to)) {
                    found.add(poll(entry.value));
                }
            });
        }
        return found;
    }

    /**
     * The store's figures for the hour, day and week before {@code reference}.
     *
     * @param closedDates the local dates of the store's closure calendar, if it has one
     */
    public UptimeFigures figures(String storeId, Instant reference, Set<LocalDate> closedDates) {
        StoreProfile profile = profile(storeId);
        List<Poll> week = polls(storeId, reference.minus(UptimeCalculator.WEEK), reference);
        return UptimeCalculator.of(
                        profile.hours(),
                        profile.zone(),
                        closedDates,
                        week,
                        profile.statusOptions(settings.activeBeforeFirstPoll()))
                .at(reference);
    }

    private void latestBefore(String storeId, Instant from, List<Poll> into) {
        Instant earliest = from.minus(settings.pollRetention());
        try (WindowStoreIterator<StorePoll> back =
                polls.backwardFetch(storeId, earliest.isBefore(Instant.EPOCH) ? Instant.EPOCH : earliest, from)) {
            while (back.hasNext()) {
                StorePoll candidate = back.next().value;
                if (candidate.getTimestamp().isBefore(from)) {
                    into.add(poll(candidate));
                    return;
                }
            }
        }
    }

    private static Poll poll(StorePoll stored) {
        return new Poll(stored.getTimestamp(), stored.getStatus() == StoreStatus.active);
    }
}
