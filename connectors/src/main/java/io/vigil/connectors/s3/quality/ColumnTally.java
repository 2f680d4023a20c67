package io.vigil.connectors.s3.quality;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.ColumnType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tallies of one column rule over the data rows: values that do not parse as the column's type and blank values
 * (empty after trimming; a row too short to hold the column counts as blank). Keeps only the first failing value.
 */
final class ColumnTally {

    static final String NO_SUCH_COLUMN = "no such column";

    private final ColumnRule rule;
    private final int index;
    private final Predicate<String> valid;
    private final boolean countBlanks;
    private long blanks;
    private long failures;
    private long firstFailureRow;
    private String firstFailure;

    /** @param index the column's position in the header, or -1 when the header lacks it */
    ColumnTally(ColumnRule rule, int index) {
        this.rule = rule;
        this.index = index;
        this.valid = rule.getType() == null ? null : syntax(rule.getType(), rule.getAllowedValues());
        this.countBlanks = rule.getMaxBlankRatio() != null;
    }

    void accept(CsvRecord record, long row) {
        if (index < 0) {
            return;
        }
        if (index >= record.getFieldCount()) {
            blanks++;
            return;
        }
        String value = record.getField(index);
        if (isBlank(value)) {
            blanks++;
        } else if (valid != null && !valid.test(value)) {
            failures++;
            if (firstFailure == null) {
                firstFailureRow = row;
                firstFailure = value;
            }
        }
    }

    /** Adds this column's checks, type first, to {@code checks}. */
    void addResults(List<CheckResult> checks, long rows) {
        String column = rule.getName();
        if (valid != null) {
            checks.add(Checks.of(
                    "column_type",
                    column,
                    index >= 0 && failures == 0,
                    index < 0 ? null : Long.toString(failures),
                    threshold(rule),
                    index < 0 ? NO_SUCH_COLUMN : failureDetail()));
        }
        if (countBlanks) {
            double ratio = rows == 0 ? 0 : (double) blanks / rows;
            checks.add(Checks.of(
                    "column_blank_ratio",
                    column,
                    index >= 0 && ratio <= rule.getMaxBlankRatio(),
                    index < 0 ? null : Checks.ratio(ratio),
                    Checks.ratio(rule.getMaxBlankRatio()),
                    index < 0 ? NO_SUCH_COLUMN : blanks + " of " + rows + " values blank"));
        }
    }

    private String failureDetail() {
        return firstFailure == null
                ? null
                : "first at row " + firstFailureRow + ": " + Printable.quote(firstFailure, Printable.MAX_VALUE_CHARS);
    }

    private static String threshold(ColumnRule rule) {
        return rule.getType() == ColumnType.ENUM
                ? Printable.clean("ENUM " + String.join(",", rule.getAllowedValues()), Printable.MAX_VALUE_CHARS)
                : rule.getType().name();
    }

    private static Predicate<String> syntax(ColumnType type, List<String> allowedValues) {
        return switch (type) {
            case INTEGER -> NumberSyntax::isInteger;
            case DECIMAL -> NumberSyntax::isDecimal;
            case TIMESTAMP -> TimestampSyntax::isTimestamp;
            case ENUM -> Set.copyOf(allowedValues)::contains;
        };
    }

    /** Empty after {@link String#trim()}, without making the trimmed copy. */
    static boolean isBlank(String value) {
        for (int i = 0, length = value.length(); i < length; i++) {
            if (value.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }
}
