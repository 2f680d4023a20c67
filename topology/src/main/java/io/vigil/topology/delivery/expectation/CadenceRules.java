package io.vigil.topology.delivery.expectation;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.Expectation;
import io.vigil.topology.delivery.schedule.LocalTimes;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Rules of the two cadences. Each has its own fields, and a field of the other cadence is an error rather than
 * silently ignored. A max-gap window runs from {@code active_start_local} to {@code active_end_local}, crossing
 * midnight when the end is not after the start; without both it is the whole day. Its length is measured on the
 * wall clock, so a DST change does not make a valid expectation invalid for one day.
 */
final class CadenceRules {

    private static final Duration WHOLE_DAY = Duration.ofDays(1);

    private final FieldErrors errors;

    CadenceRules(FieldErrors errors) {
        this.errors = errors;
    }

    void check(Expectation e) {
        Optional<LocalTime> cutoff = time("cutoff_time_local", e.getCutoffTimeLocal());
        Optional<LocalTime> start = time("active_start_local", e.getActiveStartLocal());
        Optional<LocalTime> end = time("active_end_local", e.getActiveEndLocal());
        if (e.getCadence() == null) {
            errors.add("cadence", "is required (daily_cutoff or max_gap)");
        } else if (e.getCadence() == CadenceType.daily_cutoff) {
            dailyCutoff(e, cutoff);
        } else {
            maxGap(e, start, end);
        }
    }

    private void dailyCutoff(Expectation e, Optional<LocalTime> cutoff) {
        if (e.getCutoffTimeLocal() == null) {
            errors.add("cutoff_time_local", "is required when cadence is daily_cutoff");
        }
        forbid("max_gap_minutes", e.getMaxGapMinutes() != null, "max_gap");
        forbid("active_start_local", e.getActiveStartLocal() != null, "max_gap");
        forbid("active_end_local", e.getActiveEndLocal() != null, "max_gap");
        forbid("active_days_of_week", isNonEmpty(e.getActiveDaysOfWeek()), "max_gap; use days_of_week");
    }

    private void maxGap(Expectation e, Optional<LocalTime> start, Optional<LocalTime> end) {
        forbid("cutoff_time_local", e.getCutoffTimeLocal() != null, "daily_cutoff");
        forbid("days_of_week", isNonEmpty(e.getDaysOfWeek()), "daily_cutoff; use active_days_of_week");
        boolean hasStart = e.getActiveStartLocal() != null;
        boolean hasEnd = e.getActiveEndLocal() != null;
        if (hasStart != hasEnd) {
            errors.add(
                    hasStart ? "active_end_local" : "active_start_local",
                    "is required with " + (hasStart ? "active_start_local" : "active_end_local")
                            + " (leave both out for the whole day)");
        }
        Integer gap = e.getMaxGapMinutes();
        if (gap == null) {
            errors.add("max_gap_minutes", "is required when cadence is max_gap");
        } else if (gap <= 0) {
            errors.add("max_gap_minutes", "must be greater than 0, was " + gap);
        } else if (!hasStart && !hasEnd) {
            fitsWindow(gap, WHOLE_DAY, "the whole day");
        } else if (start.isPresent() && end.isPresent()) {
            fitsWindow(gap, windowLength(start.get(), end.get()), start.get() + "-" + end.get());
        }
    }

    /** A gap longer than the window could never be met inside it. */
    private void fitsWindow(int gap, Duration window, String describedWindow) {
        if (Duration.ofMinutes(gap).compareTo(window) > 0) {
            errors.add(
                    "max_gap_minutes",
                    gap + " minutes is longer than the active window (" + describedWindow + " is " + window.toMinutes()
                            + " minutes)");
        }
    }

    private static Duration windowLength(LocalTime start, LocalTime end) {
        Duration length = Duration.between(start, end);
        return end.isAfter(start) ? length : length.plus(WHOLE_DAY);
    }

    private Optional<LocalTime> time(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTimes.parse(text));
        } catch (DateTimeException e) {
            errors.add(field, FieldErrors.quote(text) + " is not a time of day (" + LocalTimes.FORMS + ")");
            return Optional.empty();
        }
    }

    private void forbid(String field, boolean present, String cadence) {
        if (present) {
            errors.add(field, "is only for cadence " + cadence);
        }
    }

    private static boolean isNonEmpty(List<Integer> days) {
        return days != null && !days.isEmpty();
    }
}
