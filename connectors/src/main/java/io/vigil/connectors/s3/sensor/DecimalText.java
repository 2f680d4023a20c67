package io.vigil.connectors.s3.sensor;

import io.vigil.connectors.text.Blanks;

/**
 * Parses the values of sensor rows straight from the parser's buffer: {@code [+-]digits[.digits][(e|E)[+-]digits]}
 * ({@code .5} and {@code 5.} allowed), blanks around it ignored; no NaN, Infinity, hex or type suffix, which
 * {@link Double#parseDouble} would take. Values with a mantissa of at most 2^53 and a power of ten of at most 22 are
 * computed exactly without allocating (Clinger's fast path); the rare others go through {@link Double#parseDouble}.
 * Reused from value to value (one instance per reader), so not thread-safe.
 */
final class DecimalText {

    /** Beyond 2^53 a long mantissa is no longer exact as a double. */
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    private static final int MAX_MANTISSA_DIGITS = 18;
    private static final int EXPONENT_CAP = 1_000_000;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private char[] text;
    private int position;
    private int end;
    private long mantissa;
    private int mantissaDigits;
    private int scale; // the value is mantissa * 10^(scale + exponent)
    private boolean inexact;
    private boolean anyDigit;

    /** The finite value of the decimal in {@code text[from, to)}, or NaN when it is not one or overflows a double. */
    double parse(char[] text, int from, int to) {
        int start = Blanks.skipLeading(text, from, to);
        this.text = text;
        this.end = Blanks.skipTrailing(text, start, to);
        position = start;
        mantissa = 0;
        mantissaDigits = 0;
        scale = 0;
        inexact = false;
        anyDigit = false;
        boolean negative = position < end && text[position] == '-';
        if (position < end && (text[position] == '+' || text[position] == '-')) {
            position++;
        }
        digits(false);
        if (position < end && text[position] == '.') {
            position++;
            digits(true);
        }
        int exponent = anyDigit ? exponent() : Integer.MIN_VALUE;
        if (exponent == Integer.MIN_VALUE || position != end) {
            return Double.NaN;
        }
        double magnitude = magnitude(scale + exponent, start);
        return negative ? -magnitude : magnitude;
    }

    /** Takes a run of digits into the mantissa, as many as a long holds exactly; the rest only move the scale. */
    private void digits(boolean fraction) {
        for (; position < end && isDigit(text[position]); position++) {
            anyDigit = true;
            char digit = text[position];
            if (mantissaDigits < MAX_MANTISSA_DIGITS) {
                mantissa = mantissa * 10 + digit - '0';
                mantissaDigits += mantissa == 0 ? 0 : 1; // leading zeros do not count
                scale -= fraction ? 1 : 0;
            } else {
                scale += fraction ? 0 : 1;
                inexact |= digit != '0';
            }
        }
    }

    /** The exponent after an {@code e}, 0 without one, or Integer.MIN_VALUE when it has no digits. */
    private int exponent() {
        if (position == end || (text[position] != 'e' && text[position] != 'E')) {
            return 0;
        }
        position++;
        boolean negative = position < end && text[position] == '-';
        if (position < end && (text[position] == '+' || text[position] == '-')) {
            position++;
        }
        int from = position;
        int exponent = 0;
        for (; position < end && isDigit(text[position]); position++) {
            exponent = Math.min(EXPONENT_CAP, exponent * 10 + text[position] - '0');
        }
        if (position == from) {
            return Integer.MIN_VALUE;
        }
        return negative ? -exponent : exponent;
    }

    /** The absolute value, NaN when it overflows a double. */
    private double magnitude(int power, int start) {
        if (mantissa == 0 && !inexact) {
            return 0.0;
        }
        if (!inexact && mantissa <= MAX_EXACT_MANTISSA && Math.abs(power) < POWERS_OF_TEN.length) {
            return power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
        }
        double value = Math.abs(Double.parseDouble(new String(text, start, end - start)));
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
