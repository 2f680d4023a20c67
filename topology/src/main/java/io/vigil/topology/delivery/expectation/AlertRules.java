package io.vigil.topology.delivery.expectation;

import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules of alert routing: severity, the webhook channels and the escalation steps. */
final class AlertRules {

    static final List<String> SEVERITIES = List.of("info", "warning", "critical");
    static final int MAX_CHANNELS = 20;
    static final int MAX_STEPS = 10;
    static final int MAX_STEP_MINUTES = 10_080;
    /** An open episode alerts at level 1; escalation only goes up from there. */
    private static final int FIRST_LEVEL = 1;

    private final FieldErrors errors;

    AlertRules(FieldErrors errors) {
        this.errors = errors;
    }

    void check(Expectation e) {
        if (errors.required("severity", e.getSeverity()) && !SEVERITIES.contains(e.getSeverity())) {
            errors.add(
                    "severity", FieldErrors.quote(e.getSeverity()) + " is not one of " + String.join(", ", SEVERITIES));
        }
        channels(e.getChannels());
        escalation(e.getEscalation());
    }

    private void channels(List<String> channels) {
        if (!errors.required("channels", channels)) {
            return;
        }
        if (channels.size() > MAX_CHANNELS) {
            errors.add("channels", "has " + channels.size() + " entries; at most " + MAX_CHANNELS);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String field = "channels[" + i + "]";
            errors.id(field, channels.get(i));
            if (channels.get(i) != null && !seen.add(channels.get(i))) {
                errors.add(field, FieldErrors.quote(channels.get(i)) + " is listed twice");
            }
        }
    }

    private void escalation(List<EscalationStep> steps) {
        if (!errors.required("escalation", steps)) {
            return;
        }
        if (steps.size() > MAX_STEPS) {
            errors.add("escalation", "has " + steps.size() + " steps; at most " + MAX_STEPS);
            return;
        }
        int lastMinutes = 0;
        int lastLevel = FIRST_LEVEL;
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep step = steps.get(i);
            if (step == null) {
                errors.add("escalation[" + i + "]", "is required");
                continue;
            }
            afterMinutes(i, step.getAfterMinutes(), lastMinutes);
            level(i, step.getLevel(), lastLevel);
            lastMinutes = Math.max(lastMinutes, step.getAfterMinutes());
            lastLevel = Math.max(lastLevel, step.getLevel());
        }
    }

    private void afterMinutes(int index, int minutes, int previous) {
        String field = "escalation[" + index + "].after_minutes";
        if (minutes <= previous) {
            errors.add(
                    field,
                    previous == 0
                            ? "must be greater than 0, was " + minutes
                            : "must be greater than the previous step's " + previous + ", was " + minutes);
        } else if (minutes > MAX_STEP_MINUTES) {
            errors.add(field, "must be at most " + MAX_STEP_MINUTES + " (one week), was " + minutes);
        }
    }

    private void level(int index, int level, int previous) {
        String field = "escalation[" + index + "].level";
        if (level <= previous) {
            errors.add(
                    field,
                    previous == FIRST_LEVEL
                            ? "must be at least " + (FIRST_LEVEL + 1) + ", was " + level
                            : "must be greater than the previous step's " + previous + ", was " + level);
        }
    }
}
