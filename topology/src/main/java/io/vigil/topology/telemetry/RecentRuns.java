package io.vigil.topology.telemetry;

import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.time.EpochMicros;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.apache.kafka.streams.KeyValue;

/**
 * The layout of {@value TelemetryNames#RECENT_STORE}: a batch is kept as a few runs, not event by event. A run is some
 * of the batch's events in time order, spanning at most {@link #MAX_SPAN}, stored at the time of its newest event. One
 * entry per run instead of one per event costs a batch one store write and one changelog record; the span bound is
 * what lets a read merge the runs back into one time order while looking at only a minute's worth of them beyond what
 * it returns.
 */
public final class RecentRuns {

    /** The widest a run may be, from its oldest event to its newest. */
    public static final Duration MAX_SPAN = Duration.ofMinutes(1);

    private static final long MAX_SPAN_MICROS = MAX_SPAN.toNanos() / 1_000;
    private static final long MICROS_PER_MILLI = 1_000;

    /** A run to store at {@code newestMillis}, the epoch milliseconds of its newest event, as a batch of its events. */
    public record Run(long newestMillis, TelemetryBatch batch) {}

    private RecentRuns() {}

    /** The batch's events as runs: sorted by time (events of the same instant keep the order sent), cut by span. */
    public static List<Run> of(TelemetryBatch batch) {
        List<TelemetryEvent> events = batch.getEvents();
        if (events.isEmpty()) {
            return List.of();
        }
        if (isOneRun(events.stream()
                .mapToLong(event -> EpochMicros.of(event.getTs()))
                .toArray())) {
            return List.of(new Run(newestMillis(events), batch)); // devices mostly send a minute or less in order
        }
        List<TelemetryEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TelemetryEvent::getTs));
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size()
                    || EpochMicros.of(sorted.get(i).getTs())
                                    - EpochMicros.of(sorted.get(from).getTs())
                            > MAX_SPAN_MICROS) {
                List<TelemetryEvent> run = new ArrayList<>(sorted.subList(from, i));
                runs.add(new Run(
                        newestMillis(run),
                        TelemetryBatch.newBuilder()
                                .setBatchId(batch.getBatchId())
                                .setProjectId(batch.getProjectId())
                                .setDeviceId(batch.getDeviceId())
                                .setReceivedAt(batch.getReceivedAt())
                                .setEvents(run)
                                .build()));
                from = i;
            }
        }
        return runs;
    }

    /**
     * Whether events at these times (epoch microseconds, in the order sent) are one run as they stand: in time order
     * and spanning at most {@link #MAX_SPAN}. Such a batch is stored as it came.
     */
    public static boolean isOneRun(long[] micros) {
        for (int i = 1; i < micros.length; i++) {
            if (micros[i] < micros[i - 1]) {
                return false;
            }
        }
        return micros.length == 0 || micros[micros.length - 1] - micros[0] <= MAX_SPAN_MICROS;
    }

    /** The time to store a run at: the epoch milliseconds of its newest event, as {@link Instant#toEpochMilli}. */
    public static long storedAt(long newestMicros) {
        return Math.floorDiv(newestMicros, MICROS_PER_MILLI);
    }

    private static long newestMillis(List<TelemetryEvent> sorted) {
        return sorted.get(sorted.size() - 1).getTs().toEpochMilli();
    }

    /**
     * The newest {@code limit} events, newest first.
     *
     * @param runs a device's runs by descending store time, as a window store's backward fetch returns them
     * @param events the events of a run as stored
     */
    public static <V> List<TelemetryEvent> newestFirst(
            Iterator<KeyValue<Long, V>> runs, Function<V, List<TelemetryEvent>> events, int limit) {
        Merge merge = new Merge(Comparator.comparingLong(Cursor::micros).reversed(), limit);
        while (merge.wantsMore() && runs.hasNext()) {
            KeyValue<Long, V> run = runs.next();
            // no event of this run, nor of any run stored earlier in time, is this late
            long later = (run.key + 1) * MICROS_PER_MILLI;
            merge.emitWhile(micros -> micros >= later);
            List<TelemetryEvent> ofRun = events.apply(run.value);
            merge.add(new Cursor(ofRun, ofRun.size() - 1, -1));
        }
        merge.emitWhile(micros -> true);
        return merge.emitted();
    }

    /**
     * The oldest {@code limit} events at or after {@code since}, oldest first.
     *
     * @param runs a device's runs stored at or after {@code since} (truncated to the millisecond), by ascending store
     *     time, as a window store's fetch returns them
     * @param events the events of a run as stored
     */
    public static <V> List<TelemetryEvent> oldestFirst(
            Iterator<KeyValue<Long, V>> runs, Function<V, List<TelemetryEvent>> events, Instant since, int limit) {
        long sinceMicros = EpochMicros.of(since);
        Merge merge = new Merge(Comparator.comparingLong(Cursor::micros), limit);
        while (merge.wantsMore() && runs.hasNext()) {
            KeyValue<Long, V> run = runs.next();
            // every event of this run, and of any run stored later in time, is at least this late
            long earliest = run.key * MICROS_PER_MILLI - MAX_SPAN_MICROS;
            merge.emitWhile(micros -> micros < earliest);
            List<TelemetryEvent> ofRun = events.apply(run.value);
            merge.add(new Cursor(ofRun, firstAtOrAfter(ofRun, sinceMicros), 1));
        }
        merge.emitWhile(micros -> true);
        return merge.emitted();
    }

    /** The index of the first of the run's events (in time order) at or after {@code micros}: a lower bound. */
    private static int firstAtOrAfter(List<TelemetryEvent> events, long micros) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (EpochMicros.of(events.get(middle).getTs()) < micros) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A k-way merge of runs, each already in the order wanted, through a heap of one cursor per run. */
    private static final class Merge {

        private final PriorityQueue<Cursor> heads;
        private final int limit;
        private final List<TelemetryEvent> emitted = new ArrayList<>();

        Merge(Comparator<Cursor> order, int limit) {
            this.heads = new PriorityQueue<>(order);
            this.limit = limit;
        }

        boolean wantsMore() {
            return emitted.size() < limit;
        }

        void add(Cursor cursor) {
            if (cursor.valid()) {
                heads.add(cursor);
            }
        }

        void emitWhile(LongPredicate safe) {
            while (wantsMore() && !heads.isEmpty() && safe.test(heads.peek().micros())) {
                Cursor head = heads.poll();
                emitted.add(head.event());
                head.advance();
                add(head);
            }
        }

        List<TelemetryEvent> emitted() {
            return emitted;
        }
    }

    /** A position in a run's events, moving by {@code step}. */
    private static final class Cursor {

        private final List<TelemetryEvent> events;
        private final int step;
        private int at;
        private long micros;

        Cursor(List<TelemetryEvent> events, int at, int step) {
            this.events = events;
            this.step = step;
            this.at = at;
            readTime();
        }

        boolean valid() {
            return at >= 0 && at < events.size();
        }

        TelemetryEvent event() {
            return events.get(at);
        }

        long micros() {
            return micros;
        }

        void advance() {
            at += step;
            readTime();
        }

        private void readTime() {
            micros = valid() ? EpochMicros.of(events.get(at).getTs()) : 0;
        }
    }
}
