package io.vigil.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A comma-separated list of durations, each in milliseconds ({@code 5000}) or ISO-8601 ({@code PT5S}), none negative,
 * at least one: how retry schedules are written.
 */
final class DurationListValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        String text = value == null ? "" : value.toString();
        try {
            parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, text, e.getMessage());
        }
    }

    /** @throws IllegalArgumentException if the text is not such a list */
    static List<Duration> parse(String text) {
        List<Duration> durations = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Duration duration = duration(part.trim());
            if (duration.isNegative()) {
                throw new IllegalArgumentException("a duration may not be negative: " + part.trim());
            }
            durations.add(duration);
        }
        return List.copyOf(durations);
    }

    private static Duration duration(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("needs at least one duration, and no empty ones");
        }
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofMillis(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration in ms or ISO-8601: " + text, e);
        }
    }

    @Override
    public String toString() {
        return "comma-separated durations, in ms or ISO-8601 (PT5S)";
    }
}
