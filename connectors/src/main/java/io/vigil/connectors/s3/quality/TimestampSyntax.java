package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.NumberSyntax.isDigit;

/**
 * Recognises ISO-8601 dates ({@code 2024-02-29}) and date-times with a {@code T}, minutes, optional seconds and
 * fraction (up to nanoseconds) and a zone that is {@code Z} or {@code ±HH:MM} ({@code 2024-02-29T13:05:09.5+01:00}).
 * A date-time without a zone is refused: it does not name an instant. Written by hand because {@code java.time}
 * parsers throw (and allocate) on every bad value.
 */
final class TimestampSyntax {

    private static final int DATE_LENGTH = 10; // yyyy-MM-dd
    private static final int MINUTES_END = 16; // yyyy-MM-ddTHH:mm
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 18;

    private TimestampSyntax() {}

    static boolean isTimestamp(String value) {
        int length = value.length();
        if (length < DATE_LENGTH || !isDate(value)) {
            return false;
        }
        if (length == DATE_LENGTH) {
            return true;
        }
        if (length < MINUTES_END + 1 || value.charAt(DATE_LENGTH) != 'T') {
            return false;
        }
        if (!isNumber(value, 11, 0, 23) || value.charAt(13) != ':' || !isNumber(value, 14, 0, 59)) {
            return false;
        }
        int i = MINUTES_END;
        if (value.charAt(i) == ':') {
            if (length < i + 3 || !isNumber(value, i + 1, 0, 59)) {
                return false;
            }
            i += 3;
            if (i < length && value.charAt(i) == '.') {
                int fractionFrom = ++i;
                while (i < length && isDigit(value.charAt(i))) {
                    i++;
                }
                if (i == fractionFrom || i - fractionFrom > MAX_FRACTION_DIGITS) {
                    return false;
                }
            }
        }
        return isZone(value, i);
    }

    private static boolean isDate(String value) {
        if (!isNumber(value, 0, 4) || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        if (!isNumber(value, 5, 1, 12) || !isNumber(value, 8, 1, 31)) {
            return false;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 2);
        return number(value, 8, 2) <= daysIn(year, month);
    }

    private static boolean isZone(String value, int from) {
        int length = value.length();
        if (from == length - 1) {
            return value.charAt(from) == 'Z';
        }
        if (from != length - 6 || (value.charAt(from) != '+' && value.charAt(from) != '-')) {
            return false;
        }
        return isNumber(value, from + 1, 0, MAX_OFFSET_HOURS)
                && value.charAt(from + 3) == ':'
                && isNumber(value, from + 4, 0, 59);
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Two digits at {@code from} forming a number in [min, max]. */
    private static boolean isNumber(String value, int from, int min, int max) {
        if (!isNumber(value, from, 2)) {
            return false;
        }
        int number = number(value, from, 2);
        return number >= min && number <= max;
    }

    private static boolean isNumber(String value, int from, int digits) {
        for (int i = from; i < from + digits; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int digits) {
        int number = 0;
        for (int i = from; i < from + digits; i++) {
            number = number * 10 + value.charAt(i) - '0';
        }
        return number;
    }
}
