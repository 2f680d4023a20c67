package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.topology.delivery.schedule.Cadence;
import io.vigil.topology.delivery.schedule.Cadences;
import io.vigil.topology.delivery.state.Evaluation;
import io.vigil.topology.delivery.state.StreamEvaluator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stream side's stores and the work every change of a stream does on them: evaluate it, keep the due index in
 * step, append its alerts to its log. The sweeper and the inputs share it, and so does the full-scan baseline of the
 * sweep benchmark, so both sides of that comparison do exactly the same per-stream work.
 *
 * <p>Each alert is its own entry of {@value DeliveryNames#ALERT_LOG_STORE}, keyed by the stream and a sequence number
 * kept in the state ({@code alerts_recorded}): recording one costs one put and one delete, however long the log.
 *
 * <p>One ledger per task and its stores: the sweep relies on seeing every write to the due index.
 */
public final class StreamLedger {

    /** Alerts kept per stream in {@value DeliveryNames#ALERT_LOG_STORE}. */
    public static final int ALERT_LOG_SIZE = 100;

    private static final char KEY_SEPARATOR = '|';
    /** Sorts after every digit, so it bounds a stream's alert-log range. */
    private static final char AFTER_DIGITS = '~';

    private static final int INSTANT_DIGITS = 20;
    private static final int SEQUENCE_DIGITS = 19;

    private final KeyValueStore<String, DeliveryStreamState> states;
    private final KeyValueStore<String, String> dueIndex;
    private final KeyValueStore<String, DeliveryAlert> alertLog;
    private final KeyValueStore<String, DeliveryCalendar> calendars;

    /**
     * No due-index entry is earlier than this; null when not known (after a start), so the next sweep reads the index
     * from its first key. A sweep starts its range here rather than at the first key because RocksDB would otherwise
     * step over the tombstone of every entry earlier sweeps took, until compaction drops them.
     */
    private Instant indexedFrom;

    public StreamLedger(
            KeyValueStore<String, DeliveryStreamState> states,
            KeyValueStore<String, String> dueIndex,
            KeyValueStore<String, DeliveryAlert> alertLog,
            KeyValueStore<String, DeliveryCalendar> calendars) {
        this.states = states;
        this.dueIndex = dueIndex;
        this.alertLog = alertLog;
        this.calendars = calendars;
    }

    public DeliveryStreamState state(String streamKey) {
        return states.get(streamKey);
    }

    /**
     * The sweep: evaluates and stores the streams whose next action is at or before {@code now}, found through the due
     * index, earliest first, and hands each one's alerts to {@code alerts}.
     */
    public void sweep(Instant now, BiConsumer<String, List<DeliveryAlert>> alerts) {
        for (String streamKey : takeDue(now)) {
            DeliveryStreamState state = states.get(streamKey);
            if (state != null) {
                alerts.accept(streamKey, evaluateAndStore(streamKey, state, state, now));
            }
        }
    }

    /**
     * Evaluates {@code changed} (the state {@code before}, or {@code null} for a new stream, with an input applied) at
     * {@code now}, stores the result and returns the alerts it owes, in order.
     */
    public List<DeliveryAlert> evaluateAndStore(
            String streamKey, DeliveryStreamState before, DeliveryStreamState changed, Instant now) {
        return store(streamKey, before, evaluate(streamKey, changed, now));
    }

    /** Brings {@code state} up to {@code now} under its cadence as it is now, storing nothing. */
    public Evaluation evaluate(String streamKey, DeliveryStreamState state, Instant now) {
        return StreamEvaluator.evaluate(streamKey, state, cadence(state.getExpectation()), now);
    }

    /**
     * Stores an evaluation of the state that was {@code before} (null for a new stream): the state, its due-index
     * entry and its alerts, which it returns in order.
     */
    public List<DeliveryAlert> store(String streamKey, DeliveryStreamState before, Evaluation evaluation) {
        DeliveryStreamState after = evaluation.state();
        reindex(streamKey, before == null ? null : before.getNextActionAt(), after.getNextActionAt());
        after.setAlertsRecorded(record(streamKey, after.getAlertsRecorded(), evaluation.alerts()));
        states.put(streamKey, after);
        return evaluation.alerts();
    }

    /**
     * A deleted expectation: the stream's state, index entry and alert log go. Returns the resolutions owed for every
     * episode its consumers were told of and not told the end of, so no incident stays open downstream.
     */
    public List<DeliveryAlert> retire(String streamKey, DeliveryStreamState current, Instant now) {
        Evaluation evaluation = StreamEvaluator.retire(current, now);
        reindex(streamKey, current.getNextActionAt(), null);
        states.delete(streamKey);
        List<String> logged = new ArrayList<>();
        try (KeyValueIterator<String, DeliveryAlert> entries =
                alertLog.range(alertLogKey(streamKey, 0), alertLogEnd(streamKey))) {
            entries.forEachRemaining(entry -> logged.add(entry.key));
        }
        logged.forEach(alertLog::delete);
        return evaluation.alerts();
    }

    /**
     * Removes from the due index, and returns, the streams whose next action is at or before {@code now}, earliest
     * first.
     */
    private List<String> takeDue(Instant now) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        String from = indexedFrom == null ? null : indexKey(indexedFrom, "");
        try (KeyValueIterator<String, String> entries = dueIndex.range(from, indexKey(now, "\uffff"))) {
            entries.forEachRemaining(due::add);
        }
        if (indexedFrom == null || now.isAfter(indexedFrom)) {
            indexedFrom = now;
        }
        List<String> streamKeys = new ArrayList<>(due.size());
        for (KeyValue<String, String> entry : due) {
            remove(dueIndex, entry.key);
            streamKeys.add(entry.value);
        }
        return streamKeys;
    }

    /** The cadence with its skip calendar as it is now; a calendar not (yet) defined skips nothing. */
    public Cadence cadence(Expectation expectation) {
        DeliveryCalendar calendar =
                expectation.getSkipCalendar() == null ? null : calendars.get(expectation.getSkipCalendar());
        Set<LocalDate> skipped = calendar == null
                ? Set.of()
                : calendar.getDates().stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
        return Cadences.of(expectation, skipped);
    }

    /** The due index's key: the instant as zero-padded epoch millis, then the stream key, so keys sort by time. */
    public static String indexKey(Instant at, String streamKey) {
        return zeroPadded(at.toEpochMilli(), INSTANT_DIGITS) + KEY_SEPARATOR + streamKey;
    }

    /** The alert log's key of a stream's {@code sequence}-th alert: stream key, then the zero-padded sequence. */
    public static String alertLogKey(String streamKey, long sequence) {
        return streamKey + KEY_SEPARATOR + zeroPadded(sequence, SEQUENCE_DIGITS);
    }

    /** The exclusive upper bound of a stream's alert-log keys. */
    public static String alertLogEnd(String streamKey) {
        return streamKey + KEY_SEPARATOR + AFTER_DIGITS;
    }

    /** Appends the alerts under sequence numbers from {@code recorded} and drops what falls out of the last 100. */
    private long record(String streamKey, long recorded, List<DeliveryAlert> alerts) {
        long next = recorded;
        for (DeliveryAlert alert : alerts) {
            alertLog.put(alertLogKey(streamKey, next), alert);
            if (next >= ALERT_LOG_SIZE) {
                remove(alertLog, alertLogKey(streamKey, next - ALERT_LOG_SIZE));
            }
            next++;
        }
        return next;
    }

    private void reindex(String streamKey, Instant previous, Instant next) {
        if (previous != null && !previous.equals(next)) {
            remove(dueIndex, indexKey(previous, streamKey));
        }
        if (next != null) {
            dueIndex.put(indexKey(next, streamKey), streamKey);
            if (indexedFrom != null && next.isBefore(indexedFrom)) {
                indexedFrom = next;
            }
        }
    }

    /**
     * Deletes {@code key} without reading its value back: {@code delete} returns the old value, which costs a RocksDB
     * read per delete, and the sweep deletes several keys for every stream it takes.
     */
    private static void remove(KeyValueStore<String, ?> store, String key) {
        store.put(key, null);
    }

    /** {@code value} (not negative) left-padded with zeros to {@code width}: the text sorts as the number does. */
    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
