package io.vigil.topology.uptime;

import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.List;

/**
 * Polls read through a task's {@link UptimeCache}, the same polls {@link WindowStorePolls} would read. The window
 * store returns nothing older than its observed stream time (the newest poll time it was given) less the retention,
 * plus one millisecond; the caller passes that newest poll time, which the task's directory of stores also holds.
 */
final class CachedPolls implements PollHistory {

    private final UptimeCache cache;
    private final WindowStorePolls store;
    private final long oldestReturnedMilli;

    /** @param newestPoll the newest poll time the task's window store has been given; null if none */
    CachedPolls(UptimeCache cache, WindowStorePolls store, Instant newestPoll, UptimeSettings settings) {
        this.cache = cache;
        this.store = store;
        this.oldestReturnedMilli = newestPoll == null
                ? Long.MIN_VALUE
                : newestPoll.toEpochMilli() - settings.pollRetention().toMillis() + 1;
    }

    @Override
    public List<Poll> polls(String storeId, Instant from, Instant to) {
        PollTimeline timeline = cache.timeline(storeId, id -> PollTimeline.of(store.all(id)));
        cache.dropBefore(storeId, oldestReturnedMilli);
        return timeline.span(from, to, Math.max(store.earliestMilli(from), oldestReturnedMilli));
    }
}
