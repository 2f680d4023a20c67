package io.vigil.bench.delivery;

import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.topology.delivery.StreamLedger;
import io.vigil.topology.delivery.state.Evaluation;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sweep as it would be without the due index. A sweeper without it cannot know which streams owe something
 * without evaluating them, so it evaluates every stream state; it stores (through the same {@link StreamLedger} as
 * the real sweeper: state, due index, alert log) exactly the evaluations that owe alerts or move the next action, so
 * it writes what the real sweeper writes. Only forwarding the alerts downstream is left out.
 */
final class FullScanSweep {

    private final KeyValueStore<String, DeliveryStreamState> states;
    private final StreamLedger ledger;

    FullScanSweep(DeliveryDriver driver) {
        this.states = driver.streamStates();
        this.ledger = driver.ledger();
    }

    /** What one sweep did: streams evaluated, evaluations stored, alerts owed. */
    record Outcome(int evaluated, int stored, int alerts) {}

    Outcome sweep(Instant now) {
        int evaluated = 0;
        int stored = 0;
        int alerts = 0;
        try (KeyValueIterator<String, DeliveryStreamState> all = states.all()) {
            while (all.hasNext()) {
                KeyValue<String, DeliveryStreamState> entry = all.next();
                Evaluation evaluation = ledger.evaluate(entry.key, entry.value, now);
                evaluated++;
                boolean owes = !evaluation.alerts().isEmpty()
                        || !Objects.equals(evaluation.state().getNextActionAt(), entry.value.getNextActionAt());
                if (owes) {
                    alerts += ledger.store(entry.key, entry.value, evaluation).size();
                    stored++;
                }
            }
        }
        return new Outcome(evaluated, stored, alerts);
    }

    /**
     * Finding alone, with the index's precomputed {@code next_action_at} at hand: how many stream states a scan finds
     * with their next action at or before {@code now}. Changes nothing.
     */
    int countDueByScan(Instant now) {
        int due = 0;
        try (KeyValueIterator<String, DeliveryStreamState> all = states.all()) {
            while (all.hasNext()) {
                Instant nextAction = all.next().value.getNextActionAt();
                if (nextAction != null && !nextAction.isAfter(now)) {
                    due++;
                }
            }
        }
        return due;
    }
}
