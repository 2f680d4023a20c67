package io.vigil.api.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.api.query.PartitionStores;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.uptime.StoreProfile;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.time.BusinessWindows;
import io.vigil.topology.uptime.time.TimeInterval;
import java.time.Instant;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Whether a store is down now, computed on the instance that owns its partition: its latest poll is inactive and now
 * lies inside its business hours (hours, zone and closure calendar). A down store also gets the start of its current
 * inactive run, the oldest inactive poll after its latest active one within the poll retention.
 */
final class DownState {

    static final String DOWN = "down";

    private final UptimeSettings settings;
    private final ClosureCalendars calendars;

    DownState(UptimeSettings settings, ClosureCalendars calendars) {
        this.settings = settings;
        this.calendars = calendars;
    }

    /** {@code {"down": false}}, or {@code {"down": true, "store_id", "down_since", "last_poll_at"}}. */
    JsonNode at(PartitionStores stores, String storeId, Instant now) {
        OwnerReads reads = new OwnerReads(stores, settings);
        StoreLiveStatus status = reads.status(storeId);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        Instant latest = status.getLatestPollAt();
        if (latest == null || !Boolean.FALSE.equals(status.getLatestActive()) || !open(reads, storeId, now)) {
            return json.put(DOWN, false);
        }
        return json.put(DOWN, true)
                .put("store_id", storeId)
                .put("down_since", downSince(reads, storeId, latest).toString())
                .put("last_poll_at", latest.toString());
    }

    private boolean open(OwnerReads reads, String storeId, Instant now) {
        StoreProfile profile = reads.uptime().profile(storeId);
        BusinessWindows windows =
                BusinessWindows.of(profile.hours(), profile.zone(), calendars.closedDates(profile.calendar()));
        return !windows.within(new TimeInterval(now, now.plusNanos(1))).isEmpty();
    }

    /** Walks back from the latest poll until an active one: one range scan of this store's polls, newest first. */
    private Instant downSince(OwnerReads reads, String storeId, Instant latest) {
        Instant since = latest;
        Instant earliest = latest.minus(settings.pollRetention());
        try (WindowStoreIterator<StorePoll> back = reads.polls()
                .backwardFetch(storeId, earliest.isBefore(Instant.EPOCH) ? Instant.EPOCH : earliest, latest)) {
            while (back.hasNext()) {
                StorePoll poll = back.next().value;
                if (poll.getTimestamp().isAfter(latest)) {
                    continue;
                }
                if (poll.getStatus() == StoreStatus.active) {
                    break;
                }
                since = poll.getTimestamp();
            }
        }
        return since;
    }
}
