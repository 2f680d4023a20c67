package io.vigil.bench.delivery;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryAlertHistory;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.topology.delivery.schedule.Cadences;
import io.vigil.topology.delivery.state.Evaluation;
import io.vigil.topology.delivery.state.StreamEvaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sweep as it would be without the due index: every stream state is read to find those whose next action has
 * come. Each of those then gets the sweeper's own per-stream work: evaluated by {@link StreamEvaluator}, stored, moved
 * in the due index (so the real sweeper finds nothing left afterwards) and its alerts appended to its history; only
 * forwarding the alerts downstream is left out. The workload names no skip calendar, so the cadence is the one the
 * sweeper builds.
 */
final class FullScanSweep {

    /** As the sweeper keeps it: the latest alerts of a stream. */
    private static final int ALERT_HISTORY_SIZE = 100;

    private final KeyValueStore<String, DeliveryStreamState> states;
    private final KeyValueStore<String, String> dueIndex;
    private final KeyValueStore<String, DeliveryAlertHistory> history;

    FullScanSweep(DeliveryDriver driver) {
        this.states = driver.streamStates();
        this.dueIndex = driver.dueIndex();
        this.history = driver.alertHistory();
    }

    /**
     * What one sweep did: how many streams were due, how many alerts their evaluation owed, and how long finding the
     * due streams took (the part of the sweep the due index replaces).
     */
    record Outcome(int due, int alerts, long findingNanos) {}

    Outcome sweep(Instant now) {
        long start = System.nanoTime();
        List<KeyValue<String, DeliveryStreamState>> due = new ArrayList<>();
        try (KeyValueIterator<String, DeliveryStreamState> all = states.all()) {
            while (all.hasNext()) {
                KeyValue<String, DeliveryStreamState> entry = all.next();
                Instant nextAction = entry.value.getNextActionAt();
                if (nextAction != null && !nextAction.isAfter(now)) {
                    due.add(entry);
                }
            }
        }
        long findingNanos = System.nanoTime() - start;
        int alerts = 0;
        for (KeyValue<String, DeliveryStreamState> entry : due) {
            DeliveryStreamState before = entry.value;
            Evaluation evaluation =
                    StreamEvaluator.evaluate(entry.key, before, Cadences.of(before.getExpectation(), Set.of()), now);
            DeliveryStreamState after = evaluation.state();
            dueIndex.delete(indexKey(before.getNextActionAt(), entry.key));
            if (after.getNextActionAt() != null) {
                dueIndex.put(indexKey(after.getNextActionAt(), entry.key), entry.key);
            }
            states.put(entry.key, after);
            remember(entry.key, evaluation.alerts());
            alerts += evaluation.alerts().size();
        }
        return new Outcome(due.size(), alerts, findingNanos);
    }

    private void remember(String streamKey, List<DeliveryAlert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        DeliveryAlertHistory past = history.get(streamKey);
        List<DeliveryAlert> kept = new ArrayList<>(past == null ? List.of() : past.getAlerts());
        kept.addAll(alerts);
        List<DeliveryAlert> recent = kept.subList(Math.max(0, kept.size() - ALERT_HISTORY_SIZE), kept.size());
        history.put(streamKey, new DeliveryAlertHistory(new ArrayList<>(recent)));
    }

    /** The due index's key: zero-padded epoch millis, then the stream key, so that keys sort by time. */
    static String indexKey(Instant at, String streamKey) {
        return String.format("%020d|%s", at.toEpochMilli(), streamKey);
    }
}
