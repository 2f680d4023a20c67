package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.QualityFixtures.blankRatio;
import static io.vigil.connectors.s3.quality.QualityFixtures.check;
import static io.vigil.connectors.s3.quality.QualityFixtures.column;
import static io.vigil.connectors.s3.quality.QualityFixtures.csv;
import static io.vigil.connectors.s3.quality.QualityFixtures.inspectCsv;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.DataQualityResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvChecksTest {

    @Test
    void shouldPassAHeaderAndFailAnEmptyFile() throws IOException {
        CsvRules rules = csv().build();

        assertCheck(check(inspectCsv(rules, "id\n1\n"), "csv_header"), true, null, null, null);
        DataQualityResult empty = inspectCsv(rules, "");
        assertCheck(check(empty, "csv_header"), false, null, null, "empty file");
        assertThat(empty.getPassed()).isFalse();
        assertThat(empty.getRows()).isZero();
    }

    @Test
    void shouldCompareTheHeaderWithTheExpectedColumnsTrimmedAndCaseFolded() throws IOException {
        CsvRules rules = csv().setExpectedColumns(List.of("id", "Name ")).build();

        assertCheck(check(inspectCsv(rules, " ID ,name\n1,a\n"), "csv_columns"), true, " ID ,name", "id,Name ", null);
        assertCheck(check(inspectCsv(rules, "name,id\n"), "csv_columns"), false, "name,id", "id,Name ", null);
        assertCheck(check(inspectCsv(rules, "id,name,x\n"), "csv_columns"), false, "id,name,x", "id,Name ", null);
        assertCheck(check(inspectCsv(rules, ""), "csv_columns"), false, null, "id,Name ", "no header");
    }

    @Test
    void shouldCountRowsOfAnotherWidthThanTheHeader() throws IOException {
        CsvRules rules = csv().build();

        assertCheck(check(inspectCsv(rules, "a,b\n1,2\n3,4\n"), "row_width"), true, "0", "0", null);
        assertCheck(
                check(inspectCsv(rules, "a,b\n1,2\n3\n4,5,6\n7,8\n"), "row_width"), false, "2", "0", "first at row 2");
    }

    @Test
    void shouldCheckTheLeastNumberOfRows() throws IOException {
        CsvRules rules = csv().setMinRows(2L).build();

        assertCheck(check(inspectCsv(rules, "a\n1\n2\n"), "min_rows"), true, "2", "2", null);
        assertCheck(check(inspectCsv(rules, "a\n1\n"), "min_rows"), false, "1", "2", null);
    }

    @Test
    void shouldCheckIntegerColumnsAndShowTheFirstBadValue() throws IOException {
        CsvRules rules =
                csv().setColumns(List.of(column("qty", ColumnType.INTEGER))).build();

        assertCheck(check(inspectCsv(rules, "qty\n1\n-2\n \n"), "column_type", "qty"), true, "0", "INTEGER", null);
        assertCheck(
                check(inspectCsv(rules, "qty\n1\n2.5\nx\n"), "column_type", "qty"),
                false,
                "2",
                "INTEGER",
                "first at row 2: \"2.5\"");
    }

    @Test
    void shouldCheckDecimalAndTimestampColumns() throws IOException {
        CsvRules rules = csv().setColumns(
                        List.of(column("price", ColumnType.DECIMAL), column("at", ColumnType.TIMESTAMP)))
                .build();

        DataQualityResult good = inspectCsv(rules, "price,at\n1.5,2024-01-01T00:00Z\n-2e3,2024-02-29\n");
        DataQualityResult bad = inspectCsv(rules, "price,at\n1.5,2024-01-01\nNaN,2024-02-30\n1e400,2024-01-01\n");

        assertCheck(check(good, "column_type", "price"), true, "0", "DECIMAL", null);
        assertCheck(check(good, "column_type", "at"), true, "0", "TIMESTAMP", null);
        assertCheck(check(bad, "column_type", "price"), false, "2", "DECIMAL", "first at row 2: \"NaN\"");
        assertCheck(check(bad, "column_type", "at"), false, "1", "TIMESTAMP", "first at row 2: \"2024-02-30\"");
    }

    @Test
    void shouldCheckEnumColumnsExactly() throws IOException {
        CsvRules rules = csv().setColumns(List.of(column("status", ColumnType.ENUM, "ok", "late")))
                .build();

        assertCheck(
                check(inspectCsv(rules, "status\nok\nlate\n\n"), "column_type", "status"),
                true,
                "0",
                "ENUM ok,late",
                null);
        assertCheck(
                check(inspectCsv(rules, "status\nok\nOK\n late\n"), "column_type", "status"),
                false,
                "2",
                "ENUM ok,late",
                "first at row 2: \"OK\"");
    }

    @Test
    void shouldQuoteABadValueShortAndWithoutControlCharacters() throws IOException {
        CsvRules rules =
                csv().setColumns(List.of(column("n", ColumnType.INTEGER))).build();
        String value = "a\u0007b" + "x".repeat(200);

        CheckResult result = check(inspectCsv(rules, "n\n\"" + value + "\"\n"), "column_type", "n");

        assertThat(result.getDetail()).isEqualTo("first at row 1: \"a?b" + "x".repeat(97) + "...\"");
    }

    @Test
    void shouldMeasureTheBlankRatioOfAColumn() throws IOException {
        CsvRules rules = csv().setColumns(List.of(blankRatio("note", 0.5))).build();

        assertCheck(
                check(inspectCsv(rules, "id,note\n1,a\n2,  \n3,b\n"), "column_blank_ratio", "note"),
                true,
                "0.3333",
                "0.5000",
                "1 of 3 values blank");
        assertCheck(
                check(inspectCsv(rules, "id,note\n1,\n2,\t\n3\n4,d\n"), "column_blank_ratio", "note"),
                false,
                "0.7500",
                "0.5000",
                "3 of 4 values blank");
    }

    @Test
    void shouldFailTheChecksOfAColumnTheHeaderLacks() throws IOException {
        CsvRules rules = csv().setColumns(List.of(column("missing", ColumnType.INTEGER), blankRatio("Missing", 1.0)))
                .build();

        DataQualityResult result = inspectCsv(rules, "id\n1\n");

        assertCheck(check(result, "column_type", "missing"), false, null, "INTEGER", "no such column");
        assertCheck(check(result, "column_blank_ratio", "Missing"), false, null, "1.0000", "no such column");
        assertThat(result.getPassed()).isFalse();
    }

    @Test
    void shouldFindColumnsByTrimmedCaseFoldedName() throws IOException {
        CsvRules rules =
                csv().setColumns(List.of(column("Qty", ColumnType.INTEGER))).build();

        assertCheck(
                check(inspectCsv(rules, "id, qty \n1,x\n"), "column_type", "Qty"),
                false,
                "1",
                "INTEGER",
                "first at row 1: \"x\"");
    }

    @Test
    void shouldNameColumnsByPositionWithoutAHeader() throws IOException {
        CsvRules rules = csv().setHeaderRequired(false)
                .setColumns(List.of(column("2", ColumnType.INTEGER)))
                .setMinRows(3L)
                .build();

        DataQualityResult result = inspectCsv(rules, "a,1\nb,x\nc,3\n");

        assertThat(result.getChecks()).extracting(CheckResult::getCheck).doesNotContain("csv_header");
        assertCheck(check(result, "column_type", "2"), false, "1", "INTEGER", "first at row 2: \"x\"");
        assertCheck(check(result, "min_rows"), true, "3", "3", null);
    }

    @Test
    void shouldCountRowsRepeatingAnEarlierRow() throws IOException {
        CsvRules rules = csv().setMaxDuplicateRows(1L).build();

        assertCheck(
                check(inspectCsv(rules, "a,b\n1,2\n1,3\n1,2\n"), "duplicate_rows"),
                true,
                "1",
                "1",
                "first duplicate at row 3");
        assertCheck(
                // quoting does not change a field: "1",2 repeats 1,2
                check(inspectCsv(rules, "a,b\n1,2\n1,2\n\"1\",2\n12,\n1,2\n"), "duplicate_rows"),
                false,
                "3",
                "1",
                "first duplicate at row 2");
        assertCheck(check(inspectCsv(rules, "a,b\n1,23\n12,3\n,123\n123,\n"), "duplicate_rows"), true, "0", "1", null);
    }

    static void assertCheck(CheckResult check, boolean passed, String measured, String threshold, String detail) {
        assertThat(check.getPassed()).as("passed of %s", check).isEqualTo(passed);
        assertThat(check.getMeasured()).as("measured of %s", check).isEqualTo(measured);
        assertThat(check.getThreshold()).as("threshold of %s", check).isEqualTo(threshold);
        assertThat(check.getDetail()).as("detail of %s", check).isEqualTo(detail);
    }
}
