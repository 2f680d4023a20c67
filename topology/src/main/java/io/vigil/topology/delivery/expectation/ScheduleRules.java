package io.vigil.topology.delivery.expectation;

import io.vigil.schema.delivery.Expectation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules of the calendar a stream lives in: its time zone, the days of the week, grace and warning minutes and the
 * holiday calendar. The cadence itself is {@link CadenceRules}.
 */
final class ScheduleRules {

    static final int MAX_MINUTES = 10_080;

    /** Region ids of the tz database; offsets ("+02:00", "UTC+2") are not in it. */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private final FieldErrors errors;

    ScheduleRules(FieldErrors errors) {
        this.errors = errors;
    }

    void check(Expectation e) {
        timezone(e.getTimezone());
        days("days_of_week", e.getDaysOfWeek());
        days("active_days_of_week", e.getActiveDaysOfWeek());
        minutes("grace_minutes", e.getGraceMinutes(), 0);
        if (e.getWarnMinutesBefore() != null) {
            minutes("warn_minutes_before", e.getWarnMinutesBefore(), 1);
        }
        if (e.getSkipCalendar() != null) {
            errors.id("skip_calendar", e.getSkipCalendar());
        }
    }

    /** Only region ids: a fixed offset has no daylight-saving rules, so it is wrong for a place half the year. */
    private void timezone(String zone) {
        if (!errors.required("timezone", zone) || ZONE_IDS.contains(zone)) {
            return;
        }
        errors.add(
                "timezone",
                isOffset(zone)
                        ? FieldErrors.quote(zone) + " is a fixed offset; use an IANA region id such as Europe/Berlin"
                        : FieldErrors.quote(zone) + " is not an IANA time zone id (e.g. Europe/London, UTC)");
    }

    /** Whatever java.time accepts beyond the region ids is an offset form: +02:00, Z, UTC+2, GMT-05:30. */
    private static boolean isOffset(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void days(String field, List<Integer> days) {
        if (!errors.required(field, days)) {
            return;
        }
        if (days.size() > 7) {
            errors.add(field, "has " + days.size() + " entries; at most 7 (empty = every day)");
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Integer day = days.get(i);
            String element = field + "[" + i + "]";
            if (day == null || day < 0 || day > 6) {
                errors.add(element, day + " is not a day of the week (0 = Monday .. 6 = Sunday)");
            } else if (!seen.add(day)) {
                errors.add(element, day + " is listed twice");
            }
        }
    }

    private void minutes(String field, int value, int min) {
        if (value < min || value > MAX_MINUTES) {
            errors.add(field, "must be between " + min + " and " + MAX_MINUTES + " (one week), was " + value);
        }
    }
}
