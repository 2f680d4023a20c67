package io.vigil.app.uptime.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.vigil.connectors.text.CountingInputStream;
import io.vigil.topology.uptime.StoreIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Reads one file of the original uptime CSV layout once, as a stream, in constant memory whatever its size, handing
 * every data row to a {@link RowListener} as a row or a {@link SkippedRow}. The file is UTF-8 (a byte-order mark is
 * ignored), lines end in LF or CRLF, fields may be quoted; the header's names are matched after trimming and ignoring
 * case, in any order, extra columns are ignored; empty lines are skipped; every field is trimmed. A store id follows
 * {@link StoreIds}. A missing or wrong header, or content that is not CSV text, fails the whole file with an
 * {@link ImportFileException}. {@link #bytesRead()} may be asked from another thread to show progress.
 *
 * @param <T> the row type of the file
 */
public final class CsvImportReader<T> {

    /** The longest field read; it bounds the memory one record may take. */
    public static final int MAX_FIELD_CHARS = 1 << 16;

    private final CsvLayout<T> layout;
    private final CountingInputStream bytes;
    private boolean used;

    CsvImportReader(CsvLayout<T> layout, InputStream in) {
        this.layout = layout;
        this.bytes = new CountingInputStream(in);
    }

    /** A reader of a status file, {@code store_id,status,timestamp_utc}; the stream is not closed. */
    public static CsvImportReader<PollRow> status(InputStream in) {
        return new CsvImportReader<>(new StatusLayout(), in);
    }

    /** A reader of a business-hours file, {@code store_id,dayOfWeek,start_time_local,end_time_local}. */
    public static CsvImportReader<HoursRow> hours(InputStream in) {
        return new CsvImportReader<>(new HoursLayout(), in);
    }

    /** A reader of a timezones file, {@code store_id,timezone_str}. */
    public static CsvImportReader<TimezoneRow> timezones(InputStream in) {
        return new CsvImportReader<>(new TimezoneLayout(), in);
    }

    /** Bytes taken from the stream so far; the parser reads a little ahead of the rows handed out. */
    public long bytesRead() {
        return bytes.count();
    }

    /**
     * Reads the file to its end. Called once per reader.
     *
     * @throws ImportFileException when the header is missing or wrong, or the content is not UTF-8 CSV text (rows
     *     before the problem have been handed out)
     * @throws IOException when reading the stream fails
     */
    public ImportSummary readAll(RowListener<? super T> listener) throws IOException, ImportFileException {
        if (used) {
            throw new IllegalStateException("a file is read once");
        }
        used = true;
        RowHandler handler = new RowHandler(layout.columns());
        // not closed on purpose: closing it would close the caller's stream
        Iterator<RawRow> records = CsvReader.builder()
                .skipEmptyLines(true)
                .allowUnclosedQuote(false) // otherwise one stray quote swallows the rest of the file
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(MAX_FIELD_CHARS)
                .build(handler, utf8(bytes))
                .iterator();
        if (next(records, 0) == null) {
            throw new ImportFileException(
                    ImportFileException.Problem.missing_header,
                    "the file has no header; expected the columns " + String.join(",", layout.columns()),
                    null);
        }
        String headerProblem = handler.headerProblem();
        if (headerProblem != null) {
            throw new ImportFileException(ImportFileException.Problem.bad_header, headerProblem, null);
        }
        SkipTally tally = new SkipTally();
        long rows = 0;
        for (RawRow row = next(records, rows); row != null; row = next(records, rows)) {
            rows++;
            Outcome<T> outcome = read(row);
            if (outcome.reason() == null) {
                listener.row(outcome.row());
            } else {
                tally.add(outcome.reason());
                listener.skipped(new SkippedRow(rows, row.line, outcome.reason()));
            }
        }
        return tally.summary(rows);
    }

    private Outcome<T> read(RawRow row) {
        if (row.tooShort()) {
            return Outcome.skip(SkipReason.too_few_fields);
        }
        String storeId = row.fields[0];
        if (storeId.isEmpty()) {
            return Outcome.skip(SkipReason.missing_store_id);
        }
        if (!StoreIds.isValid(storeId)) {
            return Outcome.skip(SkipReason.bad_store_id);
        }
        return layout.read(row.fields);
    }

    /** Strict UTF-8: a malformed byte fails the file instead of becoming U+FFFD in a store id. */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The next record, or null at the end. FastCSV reports malformed content as a CsvParseException and a failure of
     * the reader under it, the UTF-8 decoder's included, as an UncheckedIOException.
     */
    private static RawRow next(Iterator<RawRow> records, long rowsRead) throws IOException, ImportFileException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw unreadable("the file is not UTF-8 text", rowsRead, e);
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            throw unreadable(
                    "the file is not readable CSV (an unterminated quote, or a field over " + MAX_FIELD_CHARS
                            + " characters)",
                    rowsRead,
                    e);
        }
    }

    private static ImportFileException unreadable(String problem, long rowsRead, Exception cause) {
        return new ImportFileException(
                ImportFileException.Problem.unreadable, problem + " after data row " + rowsRead, cause);
    }
}
