package io.vigil.schema.time;

/**
 * Parses ISO-8601 timestamps {@code YYYY-MM-DDTHH:MM[:SS[.fraction]]} followed by {@code Z}, {@code ±HH:MM} or nothing
 * (UTC) straight from a parser's buffer, to epoch microseconds (an Avro {@code timestamp-micros}, finer digits cut).
 * Nothing else is taken, not even surrounding blanks. Written by hand because {@code java.time} parsers allocate, and
 * throw on every bad value, in the hot loops that use it: sensor CSV rows and telemetry batches.
 */
public final class IsoTimestampText {

    /** What {@link #parse} returns for text that is not such a timestamp; no valid timestamp maps to it. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final int MINUTES_LENGTH = 16; // yyyy-MM-ddTHH:mm
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 18;
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final int MINUTES_PER_DAY = 1440;
    private static final int[] NANOS_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private IsoTimestampText() {}

    /** Epoch microseconds of the timestamp in {@code text[from, to)}, or {@link #INVALID}. */
    public static long parse(char[] text, int from, int to) {
        int start = from;
        int end = to;
        if (end - start < MINUTES_LENGTH) {
            return INVALID;
        }
        long minutes = epochMinutes(text, start);
        int i = start + MINUTES_LENGTH;
        int second = 0;
        int nanos = 0;
        if (i < end && text[i] == ':') {
            second = i + 3 <= end ? digits(text, i + 1, 2) : -1;
            i += 3;
            if (i < end && text[i] == '.') {
                int fractionFrom = ++i;
                while (i < end && isDigit(text[i])) {
                    i++;
                }
                int fractionDigits = i - fractionFrom;
                nanos = fractionDigits < 1 || fractionDigits > MAX_FRACTION_DIGITS
                        ? -1
                        : digits(text, fractionFrom, fractionDigits) * NANOS_SCALE[fractionDigits];
            }
        }
        int offsetSeconds = offsetSeconds(text, i, end);
        if (minutes == INVALID || second < 0 || second > 59 || nanos < 0 || offsetSeconds == Integer.MIN_VALUE) {
            return INVALID;
        }
        long seconds = minutes * 60 + second - offsetSeconds;
        return seconds * MICROS_PER_SECOND + nanos / 1000;
    }

    /** Minutes since the epoch of the local date-time {@code yyyy-MM-ddTHH:mm} at {@code start}, or INVALID. */
    private static long epochMinutes(char[] text, int start) {
        int year = digits(text, start, 4);
        int month = digits(text, start + 5, 2);
        int day = digits(text, start + 8, 2);
        int hour = digits(text, start + 11, 2);
        int minute = digits(text, start + 14, 2);
        boolean valid = year >= 0
                && text[start + 4] == '-'
                && month >= 1
                && month <= 12
                && text[start + 7] == '-'
                && day >= 1
                && day <= daysIn(year, month)
                && text[start + 10] == 'T'
                && hour >= 0
                && hour <= 23
                && text[start + 13] == ':'
                && minute >= 0
                && minute <= 59;
        return valid ? daysFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60L + minute : INVALID;
    }

    /** The zone at {@code text[from, end)} in seconds east of UTC, or Integer.MIN_VALUE when it is not one. */
    private static int offsetSeconds(char[] text, int from, int end) {
        if (from == end) {
            return 0;
        }
        if (from + 1 == end && text[from] == 'Z') {
            return 0;
        }
        if (from + 6 != end || (text[from] != '+' && text[from] != '-') || text[from + 3] != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, from + 1, 2);
        int minutes = digits(text, from + 4, 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > MAX_OFFSET_HOURS * 60) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return text[from] == '-' ? -seconds : seconds;
    }

    /** The number written with {@code count} digits at {@code from}, or -1 when one of them is not a digit. */
    private static int digits(char[] text, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text[i])) {
                return -1;
            }
            number = number * 10 + text[i] - '0';
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
