package io.vigil.app.uptime.importer;

import java.util.Arrays;

/**
 * One record as the {@link RowHandler} saw it: the header, or a data record with the trimmed text of its required
 * fields (null where the record ends before one). A single instance is refilled for every record.
 */
final class RawRow {

    final String[] fields;
    boolean header;
    long line;
    int fieldCount;

    RawRow(int columns) {
        fields = new String[columns];
    }

    void reset(long startingLine) {
        header = false;
        line = startingLine;
        fieldCount = 0;
        Arrays.fill(fields, null);
    }

    /** Whether the record ends before one of the required columns. */
    boolean tooShort() {
        for (String field : fields) {
            if (field == null) {
                return true;
            }
        }
        return false;
    }
}
