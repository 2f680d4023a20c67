package io.vigil.topology.telemetry.rule;

import io.vigil.schema.telemetry.RuleWindow;
import io.vigil.schema.telemetry.TelemetryRule;
import java.time.Duration;
import java.time.Instant;

/**
 * Evaluates one rule over the readings of one device, one reading at a time: the reading's bit enters the ring, and
 * an alert fires when at least {@code required_k} of the last min({@code window_n}, seen) readings breach and the
 * rule is not cooling down (no alert yet, or the reading's time is at least the last alert's time plus the cooldown).
 * The window starts afresh when the rule's {@code window_n} changes; any other change applies to the next reading.
 */
public final class KOfNEvaluator {

    private final TelemetryRule rule;
    private final BreachRing ring;
    private Instant lastAlert;

    private KOfNEvaluator(TelemetryRule rule, BreachRing ring, Instant lastAlert) {
        this.rule = rule;
        this.ring = ring;
        this.lastAlert = lastAlert;
    }

    /** @param stored the window as last stored for this (device, rule), or null for the first reading */
    public static KOfNEvaluator resume(TelemetryRule rule, RuleWindow stored) {
        if (stored == null || stored.getWindowN() != rule.getWindowN()) {
            Instant lastAlert = stored == null ? null : stored.getLastAlertTs();
            return new KOfNEvaluator(rule, BreachRing.empty(rule.getWindowN()), lastAlert);
        }
        BreachRing ring = BreachRing.restore(
                stored.getWindowN(), stored.getBits(), stored.getNextSlot(), stored.getSeen(), stored.getBreaches());
        return new KOfNEvaluator(rule, ring, stored.getLastAlertTs());
    }

    /** Takes the reading {@code value} made at {@code ts}. */
    public RuleVerdict take(double value, Instant ts) {
        ring.add(Comparisons.breaches(rule.getOperator(), value, rule.getThreshold()));
        boolean fires = ring.breaches() >= rule.getRequiredK() && !coolingDown(ts);
        if (fires) {
            lastAlert = ts;
        }
        return new RuleVerdict(ring.breaches(), fires);
    }

    private boolean coolingDown(Instant ts) {
        return lastAlert != null && ts.isBefore(lastAlert.plus(Duration.ofSeconds(rule.getCooldownSeconds())));
    }

    /** The window to store after the readings taken. */
    public RuleWindow window() {
        return RuleWindow.newBuilder()
                .setWindowN(ring.size())
                .setBits(ring.bits())
                .setNextSlot(ring.nextSlot())
                .setSeen(ring.seen())
                .setBreaches(ring.breaches())
                .setLastAlertTs(lastAlert)
                .build();
    }
}
