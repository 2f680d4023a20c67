package io.vigil.topology.uptime;

import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.uptime.time.Poll;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** Polls read from {@value UptimeNames#POLLS_STORE}: a backward seek for the poll before, one range scan for the rest. */
final class WindowStorePolls implements PollHistory {

    private static final Instant END_OF_STORE = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final ReadOnlyWindowStore<String, StorePoll> polls;
    private final Duration retention;

    WindowStorePolls(ReadOnlyWindowStore<String, StorePoll> polls, Duration retention) {
        this.polls = polls;
        this.retention = retention;
    }

    @Override
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

    /** Every poll of the store that the window store still returns, in time order. */
    List<Poll> all(String storeId) {
        List<Poll> found = new ArrayList<>();
        try (WindowStoreIterator<StorePoll> range = polls.fetch(storeId, Instant.EPOCH, END_OF_STORE)) {
            range.forEachRemaining(entry -> found.add(poll(entry.value)));
        }
        return found;
    }

    /** The lowest time in milliseconds at which {@link #polls} looks for the poll before {@code from}. */
    long earliestMilli(Instant from) {
        return Math.max(0L, from.toEpochMilli() - retention.toMillis());
    }

    private void latestBefore(String storeId, Instant from, List<Poll> into) {
        try (WindowStoreIterator<StorePoll> back =
                polls.backwardFetch(storeId, Instant.ofEpochMilli(earliestMilli(from)), from)) {
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
