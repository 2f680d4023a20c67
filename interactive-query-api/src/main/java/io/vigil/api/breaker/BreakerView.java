package io.vigil.api.breaker;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The breaker as {@code GET /breaker} shows it.
 *
 * @param lastFailureAt null when no read has failed
 * @param waiting objects polled and waiting for a slot or for the breaker to close
 * @param pausedPartitions object-event partitions paused by this instance's reader
 * @param recentTransitions the last state changes, oldest first
 */
public record BreakerView(
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

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state);
        json.put("consecutive_failures", consecutiveFailures);
        json.put("last_failure_at", lastFailureAt == null ? null : lastFailureAt.toString());
        json.put("last_failure", lastFailure);
        json.put("cooldown_remaining_ms", cooldownRemaining.toMillis());
        json.put("in_flight", inFlight);
        json.put("waiting", waiting);
        json.put("paused_partitions", pausedPartitions);
        json.put(
                "recent_transitions",
                recentTransitions.stream()
                        .map(t -> Map.of("state", t.state(), "at", t.at().toString()))
                        .toList());
        return json;
    }
}
