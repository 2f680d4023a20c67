package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.UptimeCalculator;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Reads one store's uptime inputs from the three uptime stores, as a processor of the polls' task or an interactive
 * query sees them: point lookups for the hours and zone, the polls from a {@link PollHistory} (by default one
 * time-ordered range scan of the window store).
 */
public final class UptimeStores {

    private final WindowStorePolls pollStore;
    private final PollHistory polls;
    private final ReadOnlyKeyValueStore<String, BusinessHours> hours;
    private final ReadOnlyKeyValueStore<String, StoreTimezone> zones;
    private final UptimeSettings settings;
    /** Where {@link #profiles} come from if not null; else straight from the stores. */
    private final UptimeCache cache;

    public UptimeStores(
            ReadOnlyWindowStore<String, StorePoll> polls,
            ReadOnlyKeyValueStore<String, BusinessHours> hours,
            ReadOnlyKeyValueStore<String, StoreTimezone> zones,
            UptimeSettings settings) {
        this.pollStore = new WindowStorePolls(polls, settings.pollRetention());
        this.polls = pollStore;
        this.hours = hours;
        this.zones = zones;
        this.settings = settings;
        this.cache = null;
    }

    private UptimeStores(UptimeStores stores, UptimeCache cache, Instant newestPoll) {
        this.pollStore = stores.pollStore;
        this.polls = new CachedPolls(cache, stores.pollStore, newestPoll, stores.settings);
        this.hours = stores.hours;
        this.zones = stores.zones;
        this.settings = stores.settings;
        this.cache = cache;
    }

    /**
     * These stores with the polls and profiles read through the task's cache, for a processor of the polls' task that
     * reads many stores' weeks (the cache is not for interactive queries: only the stream thread may touch it).
     *
     * @param newestPoll the newest poll time of the task's stores, which sets what the window store still returns; null
     *     if none has a poll
     */
    public UptimeStores throughCache(UptimeCache cache, Instant newestPoll) {
        return new UptimeStores(this, cache, newestPoll);
    }

    /** The store's hours, zone, closure calendar and max poll gap, with the defaults where it has none. */
    public StoreProfile profile(String storeId) {
        return profile(hours.get(storeId), zones.get(storeId));
    }

    /**
     * The {@link #profile}s of a run of stores: through the cache if these stores read through one, else by one range
     * scan of the hours and one of the zones rather than two lookups a store. What a report reads store after store.
     *
     * @param storeIds in the stores' key order (as a scan of a store keyed by store id returns them), none repeated
     */
    public Map<String, StoreProfile> profiles(List<String> storeIds) {
        if (cache != null) {
            Map<String, StoreProfile> profiles = new HashMap<>(storeIds.size() * 2);
            storeIds.forEach(storeId -> profiles.put(storeId, cache.profile(storeId, this::profile)));
            return profiles;
        }
        if (storeIds.isEmpty()) {
            return Map.of();
        }
        String first = storeIds.get(0);
        String last = storeIds.get(storeIds.size() - 1);
        Map<String, BusinessHours> hoursById = between(hours, first, last);
        Map<String, StoreTimezone> zonesById = between(zones, first, last);
        Map<String, StoreProfile> profiles = new HashMap<>(storeIds.size() * 2);
        for (String storeId : storeIds) {
            profiles.put(storeId, profile(hoursById.get(storeId), zonesById.get(storeId)));
        }
        return profiles;
    }

    private static <V> Map<String, V> between(ReadOnlyKeyValueStore<String, V> store, String first, String last) {
        Map<String, V> found = new HashMap<>();
        try (KeyValueIterator<String, V> range = store.range(first, last)) {
            range.forEachRemaining(entry -> found.put(entry.key, entry.value));
        }
        return found;
    }

    private StoreProfile profile(BusinessHours stored, StoreTimezone zone) {
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
        return polls.polls(storeId, from, to);
    }

    /**
     * The store's figures for the hour, day and week before {@code reference}.
     *
     * @param profile the store's {@link #profile}, which the caller has already read for its calendar
     * @param closedDates the local dates of the store's closure calendar, if it has one
     */
    public UptimeFigures figures(String storeId, StoreProfile profile, Instant reference, Set<LocalDate> closedDates) {
        List<Poll> week = polls(storeId, reference.minus(UptimeCalculator.WEEK), reference);
        return UptimeCalculator.of(
                        profile.hours(),
                        profile.zone(),
                        closedDates,
                        week,
                        profile.statusOptions(settings.activeBeforeFirstPoll()))
                .at(reference);
    }
}
