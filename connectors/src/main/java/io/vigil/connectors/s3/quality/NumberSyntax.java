package io.vigil.connectors.s3.quality;

/**
 * Recognises integers and decimals by hand: Java's parsers accept more than a CSV column should hold ({@code 1d},
 * {@code 0x1p3}, {@code NaN}, {@code Infinity}) and cost an exception or allocations per bad value. Values are taken as
 * they are, without trimming.
 */
final class NumberSyntax {

    /** Greatest decimal exponent of a finite double (Double.MAX_VALUE is about 1.8e308). */
    private static final int MAX_DOUBLE_EXPONENT = 308;
    /** Exponents beyond this are infinite or zero whatever the digits: stop counting so it cannot overflow. */
    private static final int EXPONENT_CAP = 1_000_000;

    private NumberSyntax() {}

    /** An optional sign and decimal digits, within the range of a long. */
    static boolean isInteger(String value) {
        int length = value.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) {
            negative = value.charAt(0) == '-';
            i = 1;
        }
        if (i == length) {
            return false;
        }
        // accumulate negatively, as Long.parseLong does, so Long.MIN_VALUE fits
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long multiplyLimit = limit / 10;
        long result = 0;
        for (; i < length; i++) {
            int digit = value.charAt(i) - '0';
            if (digit < 0 || digit > 9 || result < multiplyLimit) {
                return false;
            }
            result *= 10;
            if (result < limit + digit) {
                return false;
            }
            result -= digit;
        }
        return true;
    }

    /**
     * Plain ({@code -12.50}, {@code .5}, {@code 3.}) or exponent ({@code 6.02e23}) notation whose value is a finite
     * double; underflow to zero is allowed.
     */
    static boolean isDecimal(String value) {
        int length = value.length();
        int i = 0;
        if (length > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) {
            i = 1;
        }
        int integerDigits = 0;
        int significantIntegerDigits = 0;
        for (; i < length && isDigit(value.charAt(i)); i++, integerDigits++) {
            if (significantIntegerDigits > 0 || value.charAt(i) != '0') {
                significantIntegerDigits++;
            }
        }
        int fractionDigits = 0;
        int firstSignificantFraction = 0; // 1-based position of the first non-zero fraction digit, 0 = none
        if (i < length && value.charAt(i) == '.') {
            for (i++; i < length && isDigit(value.charAt(i)); i++) {
                fractionDigits++;
                if (firstSignificantFraction == 0 && value.charAt(i) != '0') {
                    firstSignificantFraction = fractionDigits;
                }
            }
        }
        if (integerDigits + fractionDigits == 0) {
            return false;
        }
        int exponent = 0;
        if (i < length && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
            int end = exponentEnd(value, i + 1);
            if (end < 0) {
                return false;
            }
            exponent = exponentValue(value, i + 1, end);
            i = end;
        }
        if (i != length) {
            return false;
        }
        if (significantIntegerDigits == 0 && firstSignificantFraction == 0) {
            return true; // zero
        }
        long magnitude = significantIntegerDigits > 0
                ? (long) significantIntegerDigits - 1 + exponent
                : (long) exponent - firstSignificantFraction;
        if (magnitude != MAX_DOUBLE_EXPONENT) {
            return magnitude < MAX_DOUBLE_EXPONENT;
        }
        // only at the very edge of the range do the digits decide; rare, so the exact parse may allocate
        return Double.isFinite(Double.parseDouble(value));
    }

    /** The end of an exponent's optional sign and digits starting at {@code from}, or -1 when it has no digits. */
    private static int exponentEnd(String value, int from) {
        int i = from;
        if (i < value.length() && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            i++;
        }
        int digitsFrom = i;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
        }
        return i == digitsFrom ? -1 : i;
    }

    private static int exponentValue(String value, int from, int end) {
        boolean negative = value.charAt(from) == '-';
        int i = value.charAt(from) == '-' || value.charAt(from) == '+' ? from + 1 : from;
        int exponent = 0;
        for (; i < end; i++) {
            exponent = Math.min(EXPONENT_CAP, exponent * 10 + value.charAt(i) - '0');
        }
        return negative ? -exponent : exponent;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
