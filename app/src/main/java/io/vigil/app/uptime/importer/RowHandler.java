package io.vigil.app.uptime.importer;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import io.vigil.connectors.text.Blanks;
import java.util.Arrays;
import java.util.List;

/**
 * Turns FastCSV's fields into a {@link RawRow} while they are still in the parser's buffer: the first record is the
 * header, whose required columns are located; of each later record only the required fields become strings, the
 * other columns are never copied. Records that are blank (no field, or a single blank one) are skipped.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<RawRow> {

    private final HeaderColumns header;
    private final RawRow row;
    private boolean headerRead;
    /** Record position → required column, or -1; set once the header is read. */
    private int[] columnAt = new int[0];

    private boolean firstFieldBlank;

    RowHandler(List<String> columns) {
        header = new HeaderColumns(columns);
        row = new RawRow(columns.size());
    }

    /** What is wrong with the header read, or null. */
    String headerProblem() {
        return header.problem();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        row.reset(startingLineNumber);
    }

    @Override
    protected void handleField(int position, char[] text, int offset, int length, boolean quoted) {
        int end = offset + length;
        int start = Blanks.skipLeading(text, offset, end);
        if (position == 0) {
            firstFieldBlank = start == end;
        }
        if (!headerRead) {
            header.field(position, text, offset, end);
        } else if (position < columnAt.length && columnAt[position] >= 0) {
            int stop = Blanks.skipTrailing(text, start, end);
            row.fields[columnAt[position]] = new String(text, start, stop - start);
        }
    }

    @Override
    protected RawRow buildRecord() {
        int fields = getFieldCount();
        if (getRecordType() != RecordType.DATA || fields == 0 || (fields == 1 && firstFieldBlank)) {
            return null; // FastCSV skips a record built as null
        }
        row.fieldCount = fields;
        if (!headerRead) {
            headerRead = true;
            row.header = true;
            locateColumns();
        }
        return row;
    }

    private void locateColumns() {
        if (header.problem() != null) {
            return;
        }
        int[] positions = header.positions();
        columnAt = new int[Arrays.stream(positions).max().orElse(-1) + 1];
        Arrays.fill(columnAt, -1);
        for (int column = 0; column < positions.length; column++) {
            columnAt[positions[column]] = column;
        }
    }
}
