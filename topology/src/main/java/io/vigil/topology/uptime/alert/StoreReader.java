package io.vigil.topology.uptime.alert;

import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.uptime.StoreProfile;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.UptimeStores;
import io.vigil.topology.uptime.time.BusinessWindows;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * What the alert tracker reads of one store from the uptime stores and the closure calendars: point lookups, and
 * range scans of that store's polls only.
 */
final class StoreReader {

    private final UptimeStores uptime;
    private final ReadOnlyWindowStore<String, StorePoll> polls;
    private final ReadOnlyKeyValueStore<String, StoreLiveStatus> statuses;
    private final ReadOnlyKeyValueStore<String, DeliveryCalendar> calendars;
    private final UptimeSettings settings;

    StoreReader(
            ReadOnlyWindowStore<String, StorePoll> polls,
            UptimeStores uptime,
            ReadOnlyKeyValueStore<String, StoreLiveStatus> statuses,
            ReadOnlyKeyValueStore<String, DeliveryCalendar> calendars,
            UptimeSettings settings) {
        this.polls = polls;
        this.uptime = uptime;
        this.statuses = statuses;
        this.calendars = calendars;
        this.settings = settings;
    }

    StoreProfile profile(String storeId) {
        return uptime.profile(storeId);
    }

    /** The store's business hours in exact time, the dates of its closure calendar (as it is now) closed. */
    BusinessWindows business(StoreProfile profile) {
        return BusinessWindows.of(profile.hours(), profile.zone(), closedDates(profile));
    }

    /** The time of the store's latest poll, if it has one. */
    Optional<Instant> latestPoll(String storeId) {
        StoreLiveStatus status = statuses.get(storeId);
        return Optional.ofNullable(status == null ? null : status.getLatestPollAt());
    }

    /** The run the store's kept polls end with, read backwards from its latest poll until the run starts. */
    Optional<InactiveRun> currentRun(String storeId, StoreProfile profile) {
        Optional<Instant> latest = latestPoll(storeId);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Instant earliest = latest.get().minus(settings.pollRetention());
        try (WindowStoreIterator<StorePoll> back = polls.backwardFetch(
                storeId, earliest.isBefore(Instant.EPOCH) ? Instant.EPOCH : earliest, latest.get())) {
            Iterator<Poll> newestFirst = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return back.hasNext();
                }

                @Override
                public Poll next() {
                    StorePoll stored = back.next().value;
                    return new Poll(stored.getTimestamp(), stored.getStatus() == StoreStatus.active);
                }
            };
            return InactiveRun.endingWith(newestFirst, profile.maxPollGap());
        }
    }

    /** The business time of {@code period} the store's polls say it was inactive. */
    Duration inactivity(String storeId, StoreProfile profile, TimeInterval period) {
        return BusinessInactivity.measure(
                business(profile),
                uptime.polls(storeId, period.start(), period.end()),
                profile.statusOptions(settings.activeBeforeFirstPoll()),
                period);
    }

    private Set<LocalDate> closedDates(StoreProfile profile) {
        DeliveryCalendar calendar = profile.calendar().map(calendars::get).orElse(null);
        return calendar == null
                ? Set.of()
                : calendar.getDates().stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }
}
