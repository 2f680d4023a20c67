package io.vigil.app.uptime.importer;

import java.time.LocalTime;

/** Reads the business-hours file's local times, {@code HH:MM} or {@code HH:MM:SS} (00:00 to 23:59:59), by hand. */
final class LocalTimes {

    private LocalTimes() {}

    /** The time written in {@code text} (already trimmed), or null when it is not one of these forms. */
    static LocalTime parse(String text) {
        int length = text.length();
        if ((length != 5 && length != 8) || text.charAt(2) != ':' || (length == 8 && text.charAt(5) != ':')) {
            return null;
        }
        int hour = Digits.value(text, 0, 2);
        int minute = Digits.value(text, 3, 2);
        int second = length == 8 ? Digits.value(text, 6, 2) : 0;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }
}
