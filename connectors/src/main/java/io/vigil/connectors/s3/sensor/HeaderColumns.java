package io.vigil.connectors.s3.sensor;

import io.vigil.connectors.text.Blanks;
import java.util.Arrays;

/**
 * Finds the required columns in a header record as its fields go by, without keeping them: names match after trimming
 * and lower-casing, each required name must appear exactly once, other columns are ignored.
 */
final class HeaderColumns {

    static final int SENSOR_ID = 0;
    static final int TIMESTAMP = 1;
    static final int VALUE = 2;
    private static final String[] NAMES = {"sensor_id", "timestamp", "value"};

    private final int[] positions = new int[NAMES.length];
    private String duplicate;

    HeaderColumns() {
        reset();
    }

    void reset() {
        Arrays.fill(positions, -1);
        duplicate = null;
    }

    /** Takes the header field at {@code position}. */
    void field(int position, char[] text, int from, int to) {
        int start = Blanks.skipLeading(text, from, to);
        int end = Blanks.skipTrailing(text, start, to);
        for (int column = 0; column < NAMES.length; column++) {
            if (named(NAMES[column], text, start, end)) {
                if (positions[column] >= 0 && duplicate == null) {
                    duplicate = NAMES[column];
                }
                positions[column] = positions[column] < 0 ? position : positions[column];
            }
        }
    }

    /** What is wrong with the header, or null when every required column is there once. */
    String problem() {
        if (duplicate != null) {
            return "duplicate column " + duplicate;
        }
        for (int column = 0; column < NAMES.length; column++) {
            if (positions[column] < 0) {
                return "missing column " + NAMES[column];
            }
        }
        return null;
    }

    /** The position of a required column ({@link #SENSOR_ID}, {@link #TIMESTAMP}, {@link #VALUE}), or -1. */
    int position(int column) {
        return positions[column];
    }

    /**
     * Whether the text is the name, ignoring ASCII case. Comparing ASCII only is what lower-casing the text would give:
     * no other character lower-cases to one of these ASCII letters.
     */
    private static boolean named(String name, char[] text, int from, int to) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = text[from + i];
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
