package io.vigil.connectors.s3.quality;

/**
 * Makes object content safe to put in a result: bounded in length, no control characters. Shared with the sensor CSV
 * reader, whose row errors quote the offending text.
 */
public final class Printable {

    /** Longest quoted value in a detail. */
    static final int MAX_VALUE_CHARS = 100;

    private Printable() {}

    /** The value in double quotes, at most {@code maxChars} of it, control characters replaced by {@code ?}. */
    static String quote(String value, int maxChars) {
        return '"' + clean(value, maxChars) + '"';
    }

    /** At most {@code maxChars} of the value ({@code ...} marks a cut), control characters replaced by {@code ?}. */
    public static String clean(String value, int maxChars) {
        boolean cut = value.length() > maxChars;
        int end = cut ? maxChars : value.length();
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        StringBuilder out = new StringBuilder(end + 3);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return cut ? out.append("...").toString() : out.toString();
    }
}
