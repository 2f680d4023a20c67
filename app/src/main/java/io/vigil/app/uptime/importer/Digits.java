package io.vigil.app.uptime.importer;

/** Decimal digits read in place, for the hand-written parsers of this package. */
final class Digits {

    private Digits() {}

    /** The number written with {@code count} (at most 9) ASCII digits at {@code from}, or -1 when one is not a digit. */
    static int value(String text, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            number = number * 10 + c - '0';
        }
        return number;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
