package io.vigil.topology.uptime;

import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * A task's {@link PollTimeline}s, in memory and read through: a store's timeline is loaded from
 * {@value UptimeNames#POLLS_STORE} the first time a report asks for it, then kept in step by
 * {@link UptimeInputRecorder}, which records every poll here right after the window store. Nothing is logged or
 * restored: the store starts empty whenever its task starts (again), and the window store stays the truth. At most
 * {@code maxPolls} polls are held; the stores read least recently go first. It also keeps the task's newest poll time,
 * which an at=latest report asks every partition for.
 *
 * <p>A state store rather than a field of one processor because two processors of the task share it: the recorder
 * writes, the report's rows step reads. Only the stream thread that owns the task touches it.
 */
public final class PollTimelineCache implements StateStore {

    private final String name;
    private final long maxPolls;
    private final LinkedHashMap<String, PollTimeline> timelines = new LinkedHashMap<>(16, 0.75f, true);
    private long polls;
    private boolean newestPollKnown;
    private Instant newestPoll;
    private boolean open;

    private PollTimelineCache(String name, long maxPolls) {
        this.name = name;
        this.maxPolls = maxPolls;
    }

    /** A builder of the cache, with logging and caching off: they do not apply to it. */
    public static StoreBuilder<PollTimelineCache> builder(String name, long maxPolls) {
        return new Builder(name, maxPolls);
    }

    /** The store's timeline, loaded with {@code load} if it is not held; held if it fits. */
    PollTimeline timeline(String storeId, Function<String, PollTimeline> load) {
        PollTimeline held = timelines.get(storeId);
        if (held != null) {
            return held;
        }
        PollTimeline loaded = load.apply(storeId);
        if (loaded.size() <= maxPolls) {
            timelines.put(storeId, loaded);
            polls += loaded.size();
            evictBeyondBudget();
        }
        return loaded;
    }

    /**
     * The newest poll time of the task's stores, or null if none has a poll: found by {@code scan} the first time it is
     * asked, then kept by {@link #recorded}.
     */
    public Instant newestPoll(Supplier<Instant> scan) {
        if (!newestPollKnown) {
            newestPoll = scan.get();
            newestPollKnown = true;
        }
        return newestPoll;
    }

    /** Records a poll just written to the window store: the store's timeline if it is held, the newest poll time. */
    void recorded(String storeId, Poll poll) {
        if (newestPollKnown && (newestPoll == null || poll.at().isAfter(newestPoll))) {
            newestPoll = poll.at();
        }
        PollTimeline held = timelines.get(storeId);
        if (held != null) {
            int before = held.size();
            held.record(poll);
            polls += held.size() - before;
            evictBeyondBudget();
        }
    }

    /** Trims a held timeline to what the window store still returns. */
    void dropBefore(String storeId, long epochMilli) {
        PollTimeline held = timelines.get(storeId);
        if (held != null) {
            int before = held.size();
            held.dropBefore(epochMilli);
            polls -= before - held.size();
        }
    }

    /** How many polls are held, over every timeline. */
    long polls() {
        return polls;
    }

    private void evictBeyondBudget() {
        Iterator<Map.Entry<String, PollTimeline>> eldestFirst =
                timelines.entrySet().iterator();
        while (polls > maxPolls && eldestFirst.hasNext()) {
            polls -= eldestFirst.next().getValue().size();
            eldestFirst.remove();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        clear();
        context.register(root, (key, value) -> {});
        open = true;
    }

    @Override
    public void close() {
        clear();
        open = false;
    }

    private void clear() {
        timelines.clear();
        polls = 0;
        newestPollKnown = false;
        newestPoll = null;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public Position getPosition() {
        return Position.emptyPosition();
    }

    private record Builder(String name, long maxPolls) implements StoreBuilder<PollTimelineCache> {

        @Override
        public StoreBuilder<PollTimelineCache> withCachingEnabled() {
            throw new UnsupportedOperationException("the poll timeline cache is a cache itself");
        }

        @Override
        public StoreBuilder<PollTimelineCache> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<PollTimelineCache> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException("the poll timeline cache is rebuilt from the poll store");
        }

        @Override
        public StoreBuilder<PollTimelineCache> withLoggingDisabled() {
            return this;
        }

        @Override
        public PollTimelineCache build() {
            return new PollTimelineCache(name, maxPolls);
        }

        @Override
        public Map<String, String> logConfig() {
            return Map.of();
        }

        @Override
        public boolean loggingEnabled() {
            return false;
        }
    }
}
