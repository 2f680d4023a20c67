package io.vigil.connectors.s3.sensor;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import io.vigil.connectors.s3.quality.Printable;
import io.vigil.connectors.text.Blanks;
import io.vigil.schema.time.IsoTimestampText;

/**
 * Turns FastCSV's fields into a {@link ParsedRow} while they are still in the parser's buffer: the header's required
 * columns are located, and of each data record only the sensor id, timestamp and value fields are looked at (parsed
 * in place; a string is made only for the sensor id and for the text of a bad field). Records that are blank (no
 * field, or a single blank one) are skipped.
 */
final class SensorRowHandler extends AbstractBaseCsvCallbackHandler<ParsedRow> {

    /** Longest text of a field quoted in a row error. */
    private static final int MAX_DETAIL_CHARS = 100;

    private static final String CUT_MARK = "...";

    private final ParsedRow row = new ParsedRow();
    private final HeaderColumns header = new HeaderColumns();
    private final SensorIds sensorIds = new SensorIds();
    private final DecimalText decimals = new DecimalText();
    private boolean headerRead;
    private int headerWidth;
    private int sensorIdAt = -1;
    private int timestampAt = -1;
    private int valueAt = -1;
    private boolean firstFieldBlank;

    /** What is wrong with the header read, or null. */
    String headerProblem() {
        return header.problem();
    }

    int headerWidth() {
        return headerWidth;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        row.reset(startingLineNumber);
        if (!headerRead) {
            header.reset();
        }
    }

    @Override
    protected void handleField(int position, char[] text, int offset, int length, boolean quoted) {
        int end = offset + length;
        if (position == 0) {
            firstFieldBlank = Blanks.skipLeading(text, offset, end) == end;
        }
        if (!headerRead) {
            header.field(position, text, offset, end);
        } else if (position == sensorIdAt) {
            int from = Blanks.skipLeading(text, offset, end);
            int to = Blanks.skipTrailing(text, from, end);
            row.sensorId = from == to ? null : sensorIds.of(text, from, to);
        } else if (position == timestampAt) {
            int from = Blanks.skipLeading(text, offset, end);
            row.timestampMicros = IsoTimestampText.parse(text, from, Blanks.skipTrailing(text, from, end));
            row.timestampText = row.timestampMicros == IsoTimestampText.INVALID ? detail(text, offset, length) : null;
        } else if (position == valueAt) {
            row.value = decimals.parse(text, offset, end);
            row.valueText = Double.isNaN(row.value) ? detail(text, offset, length) : null;
        }
    }

    @Override
    protected ParsedRow buildRecord() {
        int fields = getFieldCount();
        if (getRecordType() != RecordType.DATA || fields == 0 || (fields == 1 && firstFieldBlank)) {
            return null; // FastCSV skips a record built as null
        }
        row.fieldCount = fields;
        if (!headerRead) {
            headerRead = true;
            headerWidth = fields;
            row.header = true;
            sensorIdAt = header.position(HeaderColumns.SENSOR_ID);
            timestampAt = header.position(HeaderColumns.TIMESTAMP);
            valueAt = header.position(HeaderColumns.VALUE);
        }
        return row;
    }

    /** The field's text for a row error: at most 100 characters, control characters replaced. */
    private static String detail(char[] text, int offset, int length) {
        if (length <= MAX_DETAIL_CHARS) {
            return Printable.clean(new String(text, offset, length), MAX_DETAIL_CHARS);
        }
        String head = new String(text, offset, MAX_DETAIL_CHARS);
        return Printable.clean(head, MAX_DETAIL_CHARS - CUT_MARK.length());
    }
}
