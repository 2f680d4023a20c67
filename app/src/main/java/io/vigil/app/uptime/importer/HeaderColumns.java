package io.vigil.app.uptime.importer;

import io.vigil.connectors.text.Blanks;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the required columns in a header record as its fields go by, without keeping them: names match after trimming
 * and ignoring ASCII case, each must appear exactly once, other columns are ignored. A byte-order mark before the
 * first name is ignored too.
 */
final class HeaderColumns {

    private static final char BOM = '\uFEFF';

    private final List<String> names;
    private final int[] positions;
    private String duplicate;

    HeaderColumns(List<String> names) {
        this.names = names;
        this.positions = new int[names.size()];
        Arrays.fill(positions, -1);
    }

    /** Takes the header field at {@code position}, the text being {@code text[from, to)}. */
    void field(int position, char[] text, int from, int to) {
        int start = Blanks.skipLeading(text, from, to);
        if (position == 0 && start < to && text[start] == BOM) {
            start = Blanks.skipLeading(text, start + 1, to);
        }
        int end = Blanks.skipTrailing(text, start, to);
        for (int column = 0; column < names.size(); column++) {
            if (named(names.get(column), text, start, end)) {
                if (positions[column] >= 0) {
                    duplicate = duplicate == null ? names.get(column) : duplicate;
                } else {
                    positions[column] = position;
                }
            }
        }
    }

    /** What is wrong with the header, or null when every required column is there once. */
    String problem() {
        String expected = "expected the columns " + String.join(",", names);
        if (duplicate != null) {
            return "column " + duplicate + " appears twice in the header; " + expected;
        }
        for (int column = 0; column < names.size(); column++) {
            if (positions[column] < 0) {
                return "column " + names.get(column) + " is missing from the header; " + expected;
            }
        }
        return null;
    }

    /** The position in the record of each required column, in their order; meaningful once {@link #problem} is null. */
    int[] positions() {
        return positions.clone();
    }

    private static boolean named(String name, char[] text, int from, int to) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.toLowerCase(text[from + i]) != Character.toLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
