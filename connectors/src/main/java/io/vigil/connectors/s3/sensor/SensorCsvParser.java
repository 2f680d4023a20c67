package io.vigil.connectors.s3.sensor;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.vigil.connectors.s3.BodyFailures;
import io.vigil.connectors.s3.quality.Printable;
import io.vigil.connectors.s3.quality.Utf8Text;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.RowErrorReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;

/**
 * Reads a sensor CSV file ({@code sensor_id,timestamp,value}, any order, extra columns ignored) once, as a stream, in
 * constant memory: checks the header, then hands every data row to a listener as a reading or a row error. What makes
 * the file itself unreadable (bytes that are not UTF-8, an unterminated quote, a field over {@value #MAX_FIELD_CHARS}
 * characters) ends the reading with a {@link SensorCsvResult.Failed}, never an exception: only a failure to read the
 * bytes themselves is an {@link IOException}. Stateless and thread-safe: each call keeps its own state.
 */
public final class SensorCsvParser {

    /** The longest field the parser takes; it bounds the memory one record may use. */
    public static final int MAX_FIELD_CHARS = 1 << 16;

    private static final int MAX_FAILURE_DETAIL_CHARS = 200;

    /**
     * Reads the file to its end, or to the first problem that makes it unreadable. The body is not closed.
     *
     * @throws IOException when reading the body fails (S3 or the network), not when its content is malformed
     */
    public SensorCsvResult parse(InputStream body, SensorCsvListener listener) throws IOException {
        SensorRowHandler handler = new SensorRowHandler();
        // not closed on purpose: closing it would close the caller's stream
        Iterator<ParsedRow> records = CsvReader.builder()
                .skipEmptyLines(true)
                // FastCSV's default would let an unterminated quote swallow the rest of the file without a word
                .allowUnclosedQuote(false)
                // a short row is a row error, a long one is fine: the parser must not judge widths itself
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(MAX_FIELD_CHARS)
                .build(handler, Utf8Text.open(new BodyFailures(body)))
                .iterator();
        long rowsSeen = 0;
        long good = 0;
        try {
            if (next(records) == null) {
                return new SensorCsvResult.Failed(FileFailureReason.empty_file, null);
            }
            String headerProblem = handler.headerProblem();
            if (headerProblem != null) {
                return new SensorCsvResult.Failed(FileFailureReason.bad_header, headerProblem);
            }
            int width = handler.headerWidth();
            for (ParsedRow row = next(records); row != null; row = next(records)) {
                rowsSeen++;
                RowErrorReason reason = row.error(width);
                if (reason == null) {
                    good++;
                    listener.reading(rowsSeen, row.sensorId, row.timestampMicros, row.value);
                } else {
                    listener.rowError(rowsSeen, row.line, reason, row.detail(reason, width));
                }
            }
            return new SensorCsvResult.Completed(rowsSeen, good, rowsSeen - good);
        } catch (UnreadableText e) {
            String where = rowsSeen == 0 ? "" : " after row " + rowsSeen;
            return new SensorCsvResult.Failed(FileFailureReason.unreadable, e.getMessage() + where);
        }
    }

    /**
     * The next record, or null at the end. FastCSV reports malformed content as a CsvParseException and any failure
     * of the reader under it, the UTF-8 decoder's included, as an UncheckedIOException: only the latter with another
     * cause than bad encoding is a failure to read the bytes.
     */
    private static ParsedRow next(Iterator<ParsedRow> records) throws IOException, UnreadableText {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            throw new UnreadableText(Printable.clean(String.valueOf(e.getMessage()), MAX_FAILURE_DETAIL_CHARS));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableText("not UTF-8 text");
            }
            throw e.getCause();
        }
    }

    /** The content, not the stream, is at fault; never leaves this class. */
    private static final class UnreadableText extends Exception {
        UnreadableText(String message) {
            super(message, null, false, false);
        }
    }
}
