package io.vigil.connectors.s3;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The object reader's circuit breaker as {@code GET /breaker} shows it.
 *
 * @param state CLOSED, OPEN or HALF_OPEN
 * @param consecutiveFailures failed reads since the last successful one
 * @param lastFailureAt when a read last failed, or null
 * @param lastFailure why it failed, or null
 * @param cooldownRemaining how long the breaker stays open before it tries one read; zero unless open
 * @param inFlight objects being read now
 * @param waiting objects polled from Kafka and waiting for a free slot or for the breaker to close
 * @param pausedPartitions partitions of the object-event topic this reader has paused: while the breaker is open, all
 * @param recentTransitions the last state changes, oldest first
 */
public record BreakerStatus(
        String state,
        int consecutiveFailures,
        Instant lastFailureAt,
        String lastFailure,
        Duration cooldownRemaining,
        int inFlight,
        int waiting,
        int pausedPartitions,
        List<Transition> recentTransitions) {

    /** The breaker went to {@code state} at {@code at}. */
    public record Transition(String state, Instant at) {}

    public BreakerStatus {
        recentTransitions = List.copyOf(recentTransitions);
    }
}
