package io.vigil.topology.uptime;

import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Keeps the uptime stores of a partition's stores: valid polls in {@value UptimeNames#POLLS_STORE} at their own time
 * (a poll seen again overwrites itself, a late one lands where it belongs), the latest valid hours and zone in
 * {@value UptimeNames#BUSINESS_HOURS_STORE} and {@value UptimeNames#TIMEZONES_STORE} (tombstones delete), and each
 * store's latest poll in {@value UptimeNames#STATUS_STORE}; the task's {@link UptimeCache} follows every change. An invalid
 * record throws before any store changes, so the processing exception handler sends it to the DLQ and the previous
 * value stays. A valid input is forwarded once recorded.
 */
final class UptimeInputRecorder implements Processor<String, UptimeInput, String, UptimeInput> {

    private final UptimeSettings settings;
    private ProcessorContext<String, UptimeInput> context;
    private WindowStore<String, StorePoll> polls;
    private UptimeCache cache;
    private KeyValueStore<String, BusinessHours> hours;
    private KeyValueStore<String, StoreTimezone> zones;
    private KeyValueStore<String, StoreLiveStatus> statuses;

    UptimeInputRecorder(UptimeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, UptimeInput> context) {
        this.context = context;
        this.polls = context.getStateStore(UptimeNames.POLLS_STORE);
        this.cache = context.getStateStore(UptimeNames.CACHE_STORE);
        this.hours = context.getStateStore(UptimeNames.BUSINESS_HOURS_STORE);
        this.zones = context.getStateStore(UptimeNames.TIMEZONES_STORE);
        this.statuses = context.getStateStore(UptimeNames.STATUS_STORE);
    }

    @Override
    public void process(Record<String, UptimeInput> record) {
        String storeId = record.key();
        InputChecks.storeId(storeId);
        UptimeInput input = record.value();
        if (input instanceof UptimeInput.PollReceived received) {
            recordPoll(storeId, received.poll());
        } else if (input instanceof UptimeInput.HoursReceived received) {
            recordHours(storeId, received.hours());
        } else if (input instanceof UptimeInput.ZoneReceived received) {
            recordZone(storeId, received.zone());
        }
        context.forward(record);
    }

    private void recordPoll(String storeId, StorePoll poll) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        InputChecks.poll(storeId, poll, now, settings.maxFuturePoll());
        polls.put(storeId, poll, poll.getTimestamp().toEpochMilli());
        cache.recorded(storeId, new Poll(poll.getTimestamp(), poll.getStatus() == StoreStatus.active));
        StoreLiveStatus known = statuses.get(storeId);
        Instant latest = known == null ? null : known.getLatestPollAt();
        if (latest == null || !poll.getTimestamp().isBefore(latest)) {
            statuses.put(
                    storeId, new StoreLiveStatus(storeId, poll.getTimestamp(), poll.getStatus() == StoreStatus.active));
        }
        if (known == null) {
            cache.storeAdded(storeId);
        }
    }

    /** Hours or a zone make a store known, before its first poll. */
    private void makeKnown(String storeId) {
        if (statuses.get(storeId) == null) {
            statuses.put(storeId, new StoreLiveStatus(storeId, null, null));
            cache.storeAdded(storeId);
        }
    }

    private void recordHours(String storeId, BusinessHours value) {
        if (value == null) {
            hours.delete(storeId);
        } else {
            InputChecks.hours(storeId, value);
            hours.put(storeId, value);
            makeKnown(storeId);
        }
        cache.profileChanged(storeId);
    }

    private void recordZone(String storeId, StoreTimezone value) {
        if (value == null) {
            zones.delete(storeId);
        } else {
            InputChecks.zone(storeId, value);
            zones.put(storeId, value);
            makeKnown(storeId);
        }
        cache.profileChanged(storeId);
    }
}
