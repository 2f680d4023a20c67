package io.vigil.topology.delivery.expectation;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import io.vigil.topology.delivery.schedule.LocalTimes;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every rule an expectation must satisfy before it is stored; each broken rule is one {@link FieldError}. */
public final class ExpectationValidator {

    static final int MAX_PREFIX = 1024;
    static final int MAX_PATTERN = 512;
    static final int MAX_MINUTES = 10_080;
    static final int MAX_STEPS = 10;
    static final int MAX_CHANNELS = 20;
    static final Set<String> SEVERITIES = Set.of("info", "warning", "critical");

    private final List<FieldError> errors = new ArrayList<>();

    private ExpectationValidator() {}

    /** Every problem found; empty when the expectation is valid. */
    public static List<FieldError> validate(Expectation expectation) {
        ExpectationValidator validator = new ExpectationValidator();
        validator.check(expectation);
        return List.copyOf(validator.errors);
    }

    private void check(Expectation e) {
        id("client_id", e.getClientId());
        id("stream_id", e.getStreamId());
        bucket(e.getBucket());
        if (e.getPrefix() != null && e.getPrefix().length() > MAX_PREFIX) {
            error("prefix", "longer than " + MAX_PREFIX + " characters");
        }
        Pattern pattern = pattern("pattern", e.getPattern());
        Pattern keyDate = pattern("key_date_pattern", e.getKeyDatePattern());
        if (keyDate != null && !keyDate.namedGroups().containsKey("date")) {
            error("key_date_pattern", "needs a named group 'date', e.g. (?P<date>\\d{4}-\\d{2}-\\d{2})");
        }
        keyDateFormat(e.getKeyDateFormat());
        timezone(e.getTimezone());
        if (e.getCadence() == CadenceType.daily_cutoff) {
            dailyCutoff(e);
        } else {
            maxGap(e);
        }
        minutes("grace_minutes", e.getGraceMinutes(), 0);
        if (e.getWarnMinutesBefore() != null) {
            minutes("warn_minutes_before", e.getWarnMinutesBefore(), 1);
        }
        if (!SEVERITIES.contains(e.getSeverity())) {
            error("severity", "\"" + shorten(e.getSeverity()) + "\" is not one of " + SEVERITIES);
        }
        channels(e.getChannels());
        escalation(e.getEscalation());
        if (e.getSkipCalendar() != null) {
            id("skip_calendar", e.getSkipCalendar());
        }
        if (pattern == null && e.getPattern() == null && e.getPrefix() == null) {
            return; // a bucket-wide stream is allowed
        }
    }

    private void dailyCutoff(Expectation e) {
        if (e.getCutoffTimeLocal() == null) {
            error("cutoff_time_local", "required when cadence is daily_cutoff");
        } else {
            time("cutoff_time_local", e.getCutoffTimeLocal());
        }
        if (e.getMaxGapMinutes() != null) {
            error("max_gap_minutes", "only for cadence max_gap");
        }
        days("days_of_week", e.getDaysOfWeek());
    }

    private void maxGap(Expectation e) {
        days("active_days_of_week", e.getActiveDaysOfWeek());
        if (e.getCutoffTimeLocal() != null) {
            error("cutoff_time_local", "only for cadence daily_cutoff");
        }
        if ((e.getActiveStartLocal() == null) != (e.getActiveEndLocal() == null)) {
            error("active_end_local", "active_start_local and active_end_local come together");
            return;
        }
        LocalTime start = e.getActiveStartLocal() == null
                ? LocalTime.MIDNIGHT
                : time("active_start_local", e.getActiveStartLocal());
        LocalTime end =
                e.getActiveEndLocal() == null ? LocalTime.MIDNIGHT : time("active_end_local", e.getActiveEndLocal());
        Integer gap = e.getMaxGapMinutes();
        if (gap == null) {
            error("max_gap_minutes", "required when cadence is max_gap");
        } else if (gap <= 0) {
            error("max_gap_minutes", "must be greater than 0, was " + gap);
        } else if (start != null && end != null) {
            Duration window = Duration.between(start, end);
            if (!end.isAfter(start)) {
                window = window.plusDays(1);
            }
            if (Duration.ofMinutes(gap).compareTo(window) > 0) {
                error(
                        "max_gap_minutes",
                        gap + " minutes is longer than the active window of " + window.toMinutes() + " minutes");
            }
        }
    }

    private void id(String field, String value) {
        if (!StreamKeys.isValidId(value)) {
            error(field, "must be 1-128 of A-Z a-z 0-9 . _ - (was \"" + shorten(value) + "\")");
        }
    }

    private void bucket(String bucket) {
        boolean valid = bucket != null
                && bucket.length() >= 3
                && bucket.length() <= 63
                && bucket.chars()
                        .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-');
        if (!valid) {
            error("bucket", "\"" + shorten(bucket) + "\" is not an S3 bucket name (3-63 of a-z 0-9 . -)");
        }
    }

    private Pattern pattern(String field, String regex) {
        if (regex == null) {
            return null;
        }
        if (regex.length() > MAX_PATTERN) {
            error(field, "longer than " + MAX_PATTERN + " characters");
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            error(field, "does not compile (RE2 syntax): " + e.getDescription());
            return null;
        }
    }

    private void keyDateFormat(String format) {
        if (format == null) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(format).format(LocalDate.of(2026, 1, 31));
        } catch (IllegalArgumentException | DateTimeException e) {
            error("key_date_format", "\"" + shorten(format) + "\" is not a date format: " + e.getMessage());
        }
    }

    private void timezone(String zone) {
        try {
            if (ZoneId.of(zone) instanceof ZoneOffset) {
                error(
                        "timezone",
                        "\"" + shorten(zone) + "\" is a fixed offset; use an IANA zone such as Europe/London");
            }
        } catch (DateTimeException | NullPointerException e) {
            error("timezone", "\"" + shorten(zone) + "\" is not an IANA time zone");
        }
    }

    private LocalTime time(String field, String text) {
        try {
            return LocalTimes.parse(text);
        } catch (DateTimeException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    private void days(String field, List<Integer> days) {
        Set<Integer> seen = new HashSet<>();
        for (Integer day : days) {
            if (day < 0 || day > 6) {
                error(field, day + " is not a day (0 = Monday .. 6 = Sunday)");
            } else if (!seen.add(day)) {
                error(field, day + " is listed twice");
            }
        }
    }

    private void minutes(String field, int value, int min) {
        if (value < min || value > MAX_MINUTES) {
            error(field, "must be between " + min + " and " + MAX_MINUTES + ", was " + value);
        }
    }

    private void channels(List<String> channels) {
        if (channels.size() > MAX_CHANNELS) {
            error("channels", "at most " + MAX_CHANNELS + " channels");
        }
        for (int i = 0; i < channels.size(); i++) {
            id("channels[" + i + "]", channels.get(i));
        }
    }

    private void escalation(List<EscalationStep> steps) {
        if (steps.size() > MAX_STEPS) {
            error("escalation", "at most " + MAX_STEPS + " steps");
        }
        int lastMinutes = 0;
        int lastLevel = 1;
        for (int i = 0; i < steps.size(); i++) {
            EscalationStep step = steps.get(i);
            if (step.getAfterMinutes() <= lastMinutes || step.getAfterMinutes() > MAX_MINUTES) {
                error(
                        "escalation[" + i + "].after_minutes",
                        "must be greater than " + lastMinutes + " and at most " + MAX_MINUTES + ", was "
                                + step.getAfterMinutes());
            }
            if (step.getLevel() <= lastLevel) {
                error("escalation[" + i + "].level", "must be greater than " + lastLevel + ", was " + step.getLevel());
            }
            lastMinutes = Math.max(lastMinutes, step.getAfterMinutes());
            lastLevel = Math.max(lastLevel, step.getLevel());
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private static String shorten(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
