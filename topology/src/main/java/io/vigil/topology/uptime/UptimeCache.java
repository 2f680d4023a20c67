package io.vigil.topology.uptime;

import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * What a task's reports read of each store, in memory and read through: its {@link PollTimeline} and its
 * {@link StoreProfile}, loaded from the uptime stores the first time a report asks, then kept in step by
 * {@link UptimeInputRecorder}, which records every poll here right after the window store and drops a store's profile
 * when its hours or zone change. Nothing is logged or restored: the store starts empty whenever its task starts (again),
 * and the uptime stores stay the truth. It holds at most {@code budget} units, a unit being a poll (8 bytes), a store
 * held, an interval of a held store's hours, or a store id: it also keeps the ids of all the task's stores and its
 * newest poll time (what an at=latest report asks every partition for), unless they alone exceed the budget. The
 * stores read least recently go first; the ids stay.
 *
 * <p>A state store rather than a field of one processor because two processors of the task share it: the recorder
 * writes, the report's rows step reads. Only the stream thread that owns the task touches it.
 */
public final class UptimeCache implements StateStore {

    private final String name;
    private final long budget;
    private final LinkedHashMap<String, Held> held = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;
    /** Null until {@link #stores} found them (or if they did not fit). */
    private List<String> storeIds;

    private Instant newestPoll;
    private boolean open;

    private UptimeCache(String name, long budget) {
        this.name = name;
        this.budget = budget;
    }

    /** A builder of the cache, with logging and caching off: they do not apply to it. */
    public static StoreBuilder<UptimeCache> builder(String name, long budget) {
        return new Builder(name, budget);
    }

    /** The store's timeline, loaded with {@code load} if it is not held; held if it fits. */
    PollTimeline timeline(String storeId, Function<String, PollTimeline> load) {
        Held store = held.get(storeId);
        if (store != null && store.timeline != null) {
            return store.timeline;
        }
        PollTimeline loaded = load.apply(storeId);
        change(storeId, store, entry -> entry.timeline = loaded);
        return loaded;
    }

    /** The store's profile, loaded with {@code load} if it is not held; held if it fits. */
    StoreProfile profile(String storeId, Function<String, StoreProfile> load) {
        Held store = held.get(storeId);
        if (store != null && store.profile != null) {
            return store.profile;
        }
        StoreProfile loaded = load.apply(storeId);
        change(storeId, store, entry -> entry.profile = loaded);
        return loaded;
    }

    /**
     * The task's stores and newest poll time: found by {@code scan} the first time they are asked, then kept by
     * {@link #storeAdded} and {@link #recorded}; scanned every time if their ids do not fit the budget. The ids are a
     * view of the cache's own list: read them before the task takes its next input.
     */
    public TaskStores stores(Supplier<TaskStores> scan) {
        if (storeIds == null) {
            TaskStores found = scan.get();
            if (found.ids().size() > budget) {
                return found;
            }
            storeIds = new ArrayList<>(found.ids());
            newestPoll = found.newestPoll();
            weight += storeIds.size();
            evictBeyondBudget();
        }
        return new TaskStores(Collections.unmodifiableList(storeIds), newestPoll);
    }

    /** Counts a store just added to the task's directory. */
    void storeAdded(String storeId) {
        if (storeIds == null) {
            return;
        }
        storeIds.add(storeId);
        weight++;
        if (storeIds.size() > budget) {
            weight -= storeIds.size();
            storeIds = null;
        }
        evictBeyondBudget();
    }

    /** Records a poll just written to the window store: the store's timeline if it is held, the newest poll time. */
    void recorded(String storeId, Poll poll) {
        if (storeIds != null && (newestPoll == null || poll.at().isAfter(newestPoll))) {
            newestPoll = poll.at();
        }
        Held store = held.get(storeId);
        if (store != null && store.timeline != null) {
            change(storeId, store, entry -> entry.timeline.record(poll));
        }
    }

    /** Forgets the store's profile: its hours or zone just changed. */
    void profileChanged(String storeId) {
        Held store = held.get(storeId);
        if (store != null && store.profile != null) {
            change(storeId, store, entry -> entry.profile = null);
        }
    }

    /** Trims a held timeline to what the window store still returns. */
    void dropBefore(String storeId, long epochMilli) {
        Held store = held.get(storeId);
        if (store != null && store.timeline != null) {
            change(storeId, store, entry -> entry.timeline.dropBefore(epochMilli));
        }
    }

    /** How many units are held, over every store. */
    long weight() {
        return weight;
    }

    /** Applies {@code edit} to the store's entry (a new one if {@code store} is null), then keeps to the budget. */
    private void change(String storeId, Held store, Consumer<Held> edit) {
        Held entry = store == null ? new Held() : store;
        long before = store == null ? 0 : store.weight();
        edit.accept(entry);
        if (entry.isEmpty() || entry.weight() > budget) {
            // Nothing left to hold, or larger than the whole budget: served, never held.
            held.remove(storeId);
            weight -= before;
            return;
        }
        held.putIfAbsent(storeId, entry);
        weight += entry.weight() - before;
        evictBeyondBudget();
    }

    private void evictBeyondBudget() {
        Iterator<Map.Entry<String, Held>> eldestFirst = held.entrySet().iterator();
        while (weight > budget && eldestFirst.hasNext()) {
            weight -= eldestFirst.next().getValue().weight();
            eldestFirst.remove();
        }
    }

    /** One store's held reads; either may be missing. */
    private static final class Held {
        private PollTimeline timeline;
        private StoreProfile profile;

        boolean isEmpty() {
            return timeline == null && profile == null;
        }

        long weight() {
            return 1
                    + (timeline == null ? 0 : timeline.size())
                    + (profile == null ? 0 : profile.hours().intervals().size());
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
        held.clear();
        weight = 0;
        storeIds = null;
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

    private record Builder(String name, long budget) implements StoreBuilder<UptimeCache> {

        @Override
        public StoreBuilder<UptimeCache> withCachingEnabled() {
            throw new UnsupportedOperationException("the uptime cache is a cache itself");
        }

        @Override
        public StoreBuilder<UptimeCache> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<UptimeCache> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException("the uptime cache is rebuilt from the uptime stores");
        }

        @Override
        public StoreBuilder<UptimeCache> withLoggingDisabled() {
            return this;
        }

        @Override
        public UptimeCache build() {
            return new UptimeCache(name, budget);
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
