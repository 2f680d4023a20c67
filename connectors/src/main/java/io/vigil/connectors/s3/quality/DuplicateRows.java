package io.vigil.connectors.s3.quality;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.vigil.schema.quality.CheckResult;

/**
 * Counts data rows equal field by field to an earlier row. Rows are remembered by a 64-bit hash, not by content, so
 * memory stays bounded whatever the rows hold; two different rows share a hash with odds of about n²/2⁶⁵, which is
 * negligible for the row counts a bound allows. Only the first {@code maxTrackedRows} rows are compared.
 */
final class DuplicateRows {

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    /** Ends a field: above every char value, so "a","bc" and "ab","c" hash apart. */
    private static final long FIELD_END = 0x10000L;

    private final long maxDuplicates;
    private final int maxTrackedRows;
    private final LongHashSet seen;
    private int compared;
    private long duplicates;
    private long firstDuplicateRow;
    private boolean truncated;

    DuplicateRows(long maxDuplicates, int maxTrackedRows) {
        this.maxDuplicates = maxDuplicates;
        this.maxTrackedRows = maxTrackedRows;
        this.seen = new LongHashSet(maxTrackedRows);
    }

    void accept(CsvRecord record, long row) {
        if (compared == maxTrackedRows) {
            truncated = true;
            return;
        }
        compared++;
        if (!seen.add(hash(record))) {
            duplicates++;
            if (firstDuplicateRow == 0) {
                firstDuplicateRow = row;
            }
        }
    }

    CheckResult result() {
        String detail = firstDuplicateRow == 0 ? null : "first duplicate at row " + firstDuplicateRow;
        if (truncated) {
            String bound = "only the first " + maxTrackedRows + " rows were compared";
            detail = detail == null ? bound : detail + "; " + bound;
        }
        return Checks.of(
                "duplicate_rows",
                null,
                duplicates <= maxDuplicates,
                Long.toString(duplicates),
                Long.toString(maxDuplicates),
                detail);
    }

    /** FNV-1a over the chars and field ends, then Murmur3's finaliser to spread the bits. */
    static long hash(CsvRecord record) {
        long h = FNV_OFFSET;
        for (int f = 0, fields = record.getFieldCount(); f < fields; f++) {
            String field = record.getField(f);
            for (int i = 0, length = field.length(); i < length; i++) {
                h = (h ^ field.charAt(i)) * FNV_PRIME;
            }
            h = (h ^ (FIELD_END + field.length())) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85EC3L;
        return h ^ (h >>> 33);
    }
}
