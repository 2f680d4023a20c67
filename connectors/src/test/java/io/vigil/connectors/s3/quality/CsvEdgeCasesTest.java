package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.CsvChecksTest.assertCheck;
import static io.vigil.connectors.s3.quality.QualityFixtures.check;
import static io.vigil.connectors.s3.quality.QualityFixtures.column;
import static io.vigil.connectors.s3.quality.QualityFixtures.csv;
import static io.vigil.connectors.s3.quality.QualityFixtures.inspectCsv;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.DataQualityResult;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvEdgeCasesTest {

    private static final CsvRules ID_AND_NOTE = csv().setExpectedColumns(List.of("id", "note"))
            .setColumns(List.of(column("id", ColumnType.INTEGER)))
            .build();

    @Test
    void shouldDropAByteOrderMarkBeforeTheHeader() throws IOException {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "id,note\n1,a\n");

        DataQualityResult result = inspectCsv(ID_AND_NOTE, body, 10);

        assertThat(result.getPassed()).as("%s", result.getChecks()).isTrue();
        assertThat(check(result, "csv_columns").getMeasured()).isEqualTo("id,note");
        assertThat(result.getSize()).isEqualTo(body.length);
    }

    @Test
    void shouldReadQuotedCommasNewlinesAndCrlf() throws IOException {
        String body = "id,note\r\n1,\"a, b\"\r\n2,\"two\r\nlines\"\r\n3,\"say \"\"hi\"\"\"\r\n";

        DataQualityResult result = inspectCsv(ID_AND_NOTE, body);

        assertThat(result.getPassed()).as("%s", result.getChecks()).isTrue();
        assertThat(result.getRows()).isEqualTo(3);
    }

    @Test
    void shouldSkipEmptyLinesWithoutCountingThem() throws IOException {
        DataQualityResult result = inspectCsv(ID_AND_NOTE, "\nid,note\n\n1,a\r\n\r\n\n2,b\n\n");

        assertThat(result.getRows()).isEqualTo(2);
        assertThat(result.getPassed()).as("%s", result.getChecks()).isTrue();
    }

    @Test
    void shouldCountRaggedRowsAndTreatMissingFieldsAsBlank() throws IOException {
        CsvRules rules =
                csv().setColumns(List.of(column("note", ColumnType.ENUM, "a"))).build();

        DataQualityResult result = inspectCsv(rules, "id,note\n1\n2,a,extra\n3,b\n");

        assertCheck(check(result, "row_width"), false, "2", "0", "first at row 1");
        assertCheck(check(result, "column_type", "note"), false, "1", "ENUM a", "first at row 3: \"b\"");
    }

    @Test
    void shouldPassAHeaderOnlyFileWithNoRows() throws IOException {
        DataQualityResult result = inspectCsv(ID_AND_NOTE, "id,note\n");

        assertThat(result.getRows()).isZero();
        assertThat(result.getPassed()).as("%s", result.getChecks()).isTrue();
    }

    @Test
    void shouldFailTheHeaderOfAnEmptyBody() throws IOException {
        DataQualityResult result = inspectCsv(ID_AND_NOTE, "");

        assertCheck(check(result, "csv_header"), false, null, null, "empty file");
        assertCheck(check(result, "row_width"), true, "0", "0", null);
        assertThat(result.getSize()).isZero();
    }

    @Test
    void shouldFailBinaryGarbageAsInvalidUtf8AndStillReadItAll() throws IOException {
        byte[] garbage = new byte[100_000];
        new Random(42).nextBytes(garbage);

        DataQualityResult result = inspectCsv(ID_AND_NOTE, garbage, 10);

        assertCheck(check(result, "csv_header"), false, null, null, "invalid UTF-8");
        assertThat(result.getPassed()).isFalse();
        assertThat(result.getSize()).isEqualTo(garbage.length);
    }

    @Test
    void shouldFailRowsAfterInvalidUtf8InTheMiddle() throws IOException {
        StringBuilder rows = new StringBuilder("id,note\n");
        for (int i = 1; i <= 5000; i++) {
            rows.append(i).append(",ok\n");
        }
        byte[] body = concat(
                rows.toString().getBytes(StandardCharsets.UTF_8),
                new byte[] {'9', ',', (byte) 0xC3, (byte) 0x28, '\n'});

        DataQualityResult result = inspectCsv(ID_AND_NOTE, body, 10);

        assertThat(check(result, "csv_header").getPassed()).isTrue();
        assertThat(check(result, "row_width").getPassed()).isFalse();
        assertThat(check(result, "row_width").getDetail())
                .startsWith("unreadable after row ")
                .endsWith(": invalid UTF-8");
        assertThat(result.getSize()).isEqualTo(body.length);
    }

    @Test
    void shouldFailAnUnterminatedQuoteInsteadOfSwallowingTheRest() throws IOException {
        DataQualityResult result = inspectCsv(ID_AND_NOTE, "id,note\n1,\"open\n2,b\n3,c\n");

        assertThat(check(result, "row_width").getPassed()).isFalse();
        assertThat(check(result, "row_width").getDetail())
                .startsWith("unreadable after row 0: ")
                .contains("Unclosed quoted field");
        assertThat(result.getRows()).isZero();
    }

    @Test
    void shouldFailAnUnterminatedQuoteInTheHeader() throws IOException {
        DataQualityResult result = inspectCsv(ID_AND_NOTE, "\"id,note\n");

        assertThat(check(result, "csv_header").getPassed()).isFalse();
        assertThat(check(result, "csv_header").getDetail()).contains("Unclosed quoted field");
    }

    @Test
    void shouldFailAFieldOverTheSizeLimitWithoutHoldingIt() throws IOException {
        InputStream huge = new InputStream() {
            private long left = 3L * CsvInspection.MAX_RECORD_CHARS;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        CsvRules rules = csv().build();

        DataQualityResult result = new QualityInspector(QualityFixtures.CLOCK, 10)
                .inspect(
                        QualityFixtures.rule().setCsv(rules).build(),
                        QualityFixtures.facts("in/a.csv", 1, null, QualityFixtures.NOW),
                        new BufferedInputStream(huge));

        assertThat(check(result, "csv_header").getPassed()).isFalse();
        assertThat(result.getSize()).isEqualTo(3L * CsvInspection.MAX_RECORD_CHARS);
    }

    private static byte[] concat(byte[] head, String tail) {
        return concat(head, tail.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
