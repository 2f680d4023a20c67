package io.vigil.connectors.s3.quality;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.CsvRules;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV checks of one object: streams its records once, keeping tallies, never rows. A malformed file (bad UTF-8,
 * an unterminated quote, a record over the size limits) ends the reading and becomes a failed check, not an
 * exception. One instance per object; not thread-safe.
 */
final class CsvInspection {

    /** Bounds the memory a single field or record may take (chars; FastCSV's defaults are 16 and 64 Mi). */
    static final int MAX_FIELD_CHARS = 1 << 20;

    static final int MAX_RECORD_CHARS = 4 << 20;
    private static final int MAX_REASON_CHARS = 200;

    private final CsvRules rules;
    private final int maxTrackedRows;
    private CsvHeader header;
    private ColumnTally[] columns = new ColumnTally[0];
    private DuplicateRows duplicates;
    private long rows;
    private long raggedRows;
    private long firstRaggedRow;
    private String error;

    CsvInspection(CsvRules rules, int maxTrackedRows) {
        this.rules = rules;
        this.maxTrackedRows = maxTrackedRows;
    }

    /**
     * Reads every record of the text. The text is not closed: it belongs to the caller.
     *
     * @throws IOException when reading the underlying bytes fails (not when they are malformed)
     */
    void read(Reader text) throws IOException {
        // not closed on purpose: closing the reader would close the caller's stream
        CloseableIterator<CsvRecord> records = reader(text).iterator();
        try {
            if (rules.getHeaderRequired()) {
                start(records.hasNext() ? CsvHeader.of(records.next()) : CsvHeader.MISSING);
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (header == null) {
                    start(CsvHeader.positional(record.getFieldCount()));
                }
                row(record);
            }
        } catch (CsvParseException e) {
            error = Printable.clean(String.valueOf(e.getMessage()), MAX_REASON_CHARS);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e.getCause();
            }
            error = "invalid UTF-8";
        }
        if (header == null) {
            start(rules.getHeaderRequired() ? CsvHeader.MISSING : CsvHeader.positional(0));
        }
    }

    /** The data rows read (the header and empty lines not counted). */
    long rows() {
        return rows;
    }

    /** The CSV checks the rules set, in their fixed order. */
    List<CheckResult> results() {
        List<CheckResult> checks = new ArrayList<>();
        if (rules.getHeaderRequired()) {
            checks.add(Checks.of("csv_header", null, header.present(), null, null, headerDetail()));
        }
        if (rules.getExpectedColumns() != null) {
            checks.add(header.compareWith(rules.getExpectedColumns(), rules.getHeaderRequired()));
        }
        checks.add(rowWidth());
        if (rules.getMinRows() != null) {
            long min = rules.getMinRows();
            checks.add(Checks.of("min_rows", null, rows >= min, Long.toString(rows), Long.toString(min), null));
        }
        for (ColumnTally column : columns) {
            column.addResults(checks, rows);
        }
        if (duplicates != null) {
            checks.add(duplicates.result());
        }
        return checks;
    }

    private void start(CsvHeader found) {
        header = found;
        List<ColumnRule> columnRules = rules.getColumns();
        columns = new ColumnTally[columnRules.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnTally(
                    columnRules.get(i), header.indexOf(columnRules.get(i).getName()));
        }
        if (rules.getMaxDuplicateRows() != null) {
            duplicates = new DuplicateRows(rules.getMaxDuplicateRows(), maxTrackedRows);
        }
    }

    private void row(CsvRecord record) {
        rows++;
        if (record.getFieldCount() != header.width()) {
            raggedRows++;
            if (firstRaggedRow == 0) {
                firstRaggedRow = rows;
            }
        }
        for (ColumnTally column : columns) {
            column.accept(record, rows);
        }
        if (duplicates != null) {
            duplicates.accept(record, rows);
        }
    }

    private String headerDetail() {
        if (header.present()) {
            return null;
        }
        return error == null ? "empty file" : error;
    }

    private CheckResult rowWidth() {
        // without a header row to blame, a read error is the rows' fault
        boolean failedInRows = error != null && (header.present() || !rules.getHeaderRequired());
        String detail = firstRaggedRow == 0 ? null : "first at row " + firstRaggedRow;
        if (failedInRows) {
            String reason = "unreadable after row " + rows + ": " + error;
            detail = detail == null ? reason : detail + "; " + reason;
        }
        return Checks.of("row_width", null, raggedRows == 0 && !failedInRows, Long.toString(raggedRows), "0", detail);
    }

    private static CsvReader<CsvRecord> reader(Reader text) {
        return CsvReader.builder()
                .skipEmptyLines(true)
                // FastCSV's default would let an unterminated quote swallow the rest of the file without a word
                .allowUnclosedQuote(false)
                // ragged rows are what row_width counts, not a reason to stop reading
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(MAX_RECORD_CHARS)
                .build(
                        CsvRecordHandler.of(
                                handler -> handler.maxFieldSize(MAX_FIELD_CHARS).maxRecordSize(MAX_RECORD_CHARS)),
                        text);
    }
}
