package io.vigil.app.uptime.importer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the status file's timestamps by hand, since {@code java.time} formatters allocate and throw on every bad value
 * in a loop over millions of rows. The form is {@code yyyy-MM-dd}, a space or {@code T}, {@code HH:mm:ss}, an
 * optional fraction of 1 to 9 digits, then optionally a space and a zone: {@code UTC}, {@code Z} or an offset
 * {@code ±HH:MM}. Without a zone the time is UTC, as the column's name says. Anything else is not a timestamp.
 */
final class UtcTimestamps {

    private static final int SECONDS_LENGTH = 19; // yyyy-MM-dd HH:mm:ss
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_MINUTES = 18 * 60;
    private static final int NOT_AN_OFFSET = Integer.MIN_VALUE;

    private UtcTimestamps() {}

    /** The instant written in {@code text} (already trimmed), or null when it is not a timestamp of this form. */
    static Instant parse(String text) {
        if (text.length() < SECONDS_LENGTH) {
            return null;
        }
        long epochSecond = localEpochSecond(text);
        int i = SECONDS_LENGTH;
        int nanos = 0;
        if (i < text.length() && text.charAt(i) == '.') {
            int from = ++i;
            while (i < text.length() && Digits.isDigit(text.charAt(i))) {
                i++;
            }
            int count = i - from;
            nanos = count < 1 || count > MAX_FRACTION_DIGITS ? -1 : Digits.value(text, from, count);
            for (int scale = count; scale < MAX_FRACTION_DIGITS && nanos >= 0; scale++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offsetSeconds(text, i);
        if (epochSecond == Long.MIN_VALUE || nanos < 0 || offsetSeconds == NOT_AN_OFFSET) {
            return null;
        }
        return Instant.ofEpochSecond(epochSecond - offsetSeconds, nanos);
    }

    /** Seconds since the epoch of the date-time in the first 19 characters read as UTC, or Long.MIN_VALUE. */
    private static long localEpochSecond(String text) {
        int year = Digits.value(text, 0, 4);
        int month = Digits.value(text, 5, 2);
        int day = Digits.value(text, 8, 2);
        char separator = text.charAt(10);
        int hour = Digits.value(text, 11, 2);
        int minute = Digits.value(text, 14, 2);
        int second = Digits.value(text, 17, 2);
        boolean valid = year >= 0
                && text.charAt(4) == '-'
                && month >= 1
                && month <= 12
                && text.charAt(7) == '-'
                && day >= 1
                && day <= LocalDate.of(year, month, 1).lengthOfMonth()
                && (separator == ' ' || separator == 'T')
                && hour >= 0
                && hour <= 23
                && text.charAt(13) == ':'
                && minute >= 0
                && minute <= 59
                && text.charAt(16) == ':'
                && second >= 0
                && second <= 59;
        if (!valid) {
            return Long.MIN_VALUE;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
    }

    /** The zone written from {@code from} to the end, in seconds east of UTC, or NOT_AN_OFFSET. */
    private static int offsetSeconds(String text, int from) {
        int start = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
        int length = text.length() - start;
        if (length == 0) {
            return start == from ? 0 : NOT_AN_OFFSET;
        }
        boolean utc = length == 3 && text.regionMatches(true, start, "UTC", 0, 3);
        if (utc || (length == 1 && (text.charAt(start) == 'Z' || text.charAt(start) == 'z'))) {
            return 0;
        }
        char sign = text.charAt(start);
        if (length != 6 || (sign != '+' && sign != '-') || text.charAt(start + 3) != ':') {
            return NOT_AN_OFFSET;
        }
        int hours = Digits.value(text, start + 1, 2);
        int minutes = Digits.value(text, start + 4, 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) {
            return NOT_AN_OFFSET;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }
}
