package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.CsvChecksTest.assertCheck;
import static io.vigil.connectors.s3.quality.QualityFixtures.check;
import static io.vigil.connectors.s3.quality.QualityFixtures.csv;
import static io.vigil.connectors.s3.quality.QualityFixtures.inspectCsv;

import io.vigil.schema.quality.CsvRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DuplicateRowsBoundTest {

    private static final CsvRules NO_DUPLICATES = csv().setMaxDuplicateRows(0L).build();

    /** Rows 1..distinct, then rows 1..repeats again. */
    private static byte[] rows(int distinct, int repeats) {
        StringBuilder csv = new StringBuilder("n,label\n");
        for (int i = 1; i <= distinct; i++) {
            csv.append(i).append(",row\n");
        }
        for (int i = 1; i <= repeats; i++) {
            csv.append(i).append(",row\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldFindEveryDuplicateBelowTheBound() throws IOException {
        assertCheck(
                check(inspectCsv(NO_DUPLICATES, rows(3000, 2000), 5000), "duplicate_rows"),
                false,
                "2000",
                "0",
                "first duplicate at row 3001");
        assertCheck(check(inspectCsv(NO_DUPLICATES, rows(5000, 0), 5000), "duplicate_rows"), true, "0", "0", null);
    }

    @Test
    void shouldCompareOnlyTheFirstRowsBeyondTheBoundAndSaySo() throws IOException {
        assertCheck(
                check(inspectCsv(NO_DUPLICATES, rows(3000, 2000), 1000), "duplicate_rows"),
                true,
                "0",
                "0",
                "only the first 1000 rows were compared");
        assertCheck(
                check(inspectCsv(NO_DUPLICATES, rows(500, 600), 1000), "duplicate_rows"),
                false,
                "500",
                "0",
                "first duplicate at row 501; only the first 1000 rows were compared");
    }
}
