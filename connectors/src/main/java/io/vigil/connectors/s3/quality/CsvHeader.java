package io.vigil.connectors.s3.quality;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.vigil.schema.quality.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column names of a CSV object: its header row, or positions ({@code 1}, {@code 2}, ...) when the rules say it
 * has none. Names match after trimming and case-folding.
 *
 * @param names the names as found
 * @param present whether a header row was read
 */
record CsvHeader(List<String> names, boolean present) {

    /** The header of a file that should have one but is empty. */
    static final CsvHeader MISSING = new CsvHeader(List.of(), false);

    /** Longest header shown in a result. */
    private static final int MAX_SHOWN_CHARS = 1000;

    static CsvHeader of(CsvRecord record) {
        return new CsvHeader(List.copyOf(record.getFields()), true);
    }

    static CsvHeader positional(int width) {
        List<String> names = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            names.add(Integer.toString(i));
        }
        return new CsvHeader(List.copyOf(names), false);
    }

    int width() {
        return names.size();
    }

    /** The position of the first column with this name, or -1. */
    int indexOf(String name) {
        String wanted = normalise(name);
        for (int i = 0; i < names.size(); i++) {
            if (normalise(names.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The csv_columns check: the header equals the expected names in order. */
    CheckResult compareWith(List<String> expected, boolean headerRequired) {
        String threshold = Printable.clean(String.join(",", expected), MAX_SHOWN_CHARS);
        if (!present) {
            String detail = headerRequired ? "no header" : "no header row (header_required is false)";
            return Checks.of("csv_columns", null, false, null, threshold, detail);
        }
        boolean equal = names.size() == expected.size();
        for (int i = 0; equal && i < names.size(); i++) {
            equal = normalise(names.get(i)).equals(normalise(expected.get(i)));
        }
        String measured = Printable.clean(String.join(",", names), MAX_SHOWN_CHARS);
        return Checks.of("csv_columns", null, equal, measured, threshold, null);
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
