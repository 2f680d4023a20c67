package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvImportReaderTest {

    private static final String HEADER = "store_id,status,timestamp_utc";
    private static final String POLL = "s1,active,2023-01-25 18:13:22.47922 UTC";

    @Test
    void shouldIgnoreAByteOrderMarkAndTakeCrLf() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.write((HEADER + "\r\n" + POLL + "\r\n\r\ns2,inactive\r\n").getBytes(StandardCharsets.UTF_8));

        Recorded<PollRow> read = Recorded.read(CsvImportReader::status, file.toByteArray());

        assertThat(read.rows).containsExactly(new PollRow("s1", Instant.parse("2023-01-25T18:13:22.47922Z"), true));
        assertThat(read.skipped).containsExactly(new SkippedRow(2, 4, SkipReason.too_few_fields));
    }

    @Test
    void shouldUnquoteFieldsAndCountLinesOfMultiLineRecords() throws Exception {
        Recorded<PollRow> read = Recorded.read(
                CsvImportReader::status,
                HEADER + "\n\"s1\",\"active\",\"2023-01-25 18:13:22 UTC\"\n\"s\n2\",active,2023-01-25 18:13:22 UTC\n"
                        + "\"s,3\",up,2023-01-25 18:13:22 UTC\n");

        assertThat(read.rows).containsExactly(new PollRow("s1", Instant.parse("2023-01-25T18:13:22Z"), true));
        assertThat(read.skipped)
                .containsExactly(
                        new SkippedRow(2, 3, SkipReason.bad_store_id), new SkippedRow(3, 5, SkipReason.bad_status));
    }

    @Test
    void shouldSkipLinesThatAreOnlyBlanks() throws Exception {
        Recorded<PollRow> read = Recorded.read(CsvImportReader::status, "\n  \n" + HEADER + "\n \t \n" + POLL + "\n\n");

        assertThat(read.rows).hasSize(1);
        assertThat(read.summary.rowsSeen()).isEqualTo(1);
    }

    @Test
    void shouldFailAnEmptyFileNamingTheExpectedColumns() {
        assertThatThrownBy(() -> Recorded.read(CsvImportReader::status, "\n\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportFileException.Problem.missing_header))
                .hasMessageContaining(HEADER);
    }

    @Test
    void shouldFailAHeaderWithoutARequiredColumn() {
        assertThatThrownBy(() -> Recorded.read(CsvImportReader::hours, "store_id,dayOfWeek,start_time_local\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportFileException.Problem.bad_header))
                .hasMessageContaining("end_time_local is missing")
                .hasMessageContaining("store_id,dayOfWeek,start_time_local,end_time_local");
    }

    @Test
    void shouldFailAFileWhoseFirstLineIsData() {
        assertThatThrownBy(() -> Recorded.read(CsvImportReader::status, POLL + "\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("column store_id is missing from the header; expected the columns " + HEADER);
    }

    @Test
    void shouldFailAHeaderNamingAColumnTwice() {
        assertThatThrownBy(() -> Recorded.read(CsvImportReader::timezones, "store_id,timezone_str,Store_Id\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportFileException.Problem.bad_header))
                .hasMessageContaining("store_id appears twice");
    }

    @Test
    void shouldFailBytesThatAreNotUtf8AfterHandingOutTheRowsBefore() {
        byte[] bad = {'s', (byte) 0xFF, ',', 'a', '\n'};
        InputStream file = new SequenceInputStream(
                new ByteArrayInputStream((HEADER + "\n" + POLL + "\n").getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(bad));
        Recorded<PollRow> recorded = new Recorded<>();

        assertThatThrownBy(() -> CsvImportReader.status(file).readAll(recorded))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportFileException.Problem.unreadable))
                .hasMessage("the file is not UTF-8 text after data row 1");
        assertThat(recorded.rows).hasSize(1);
    }

    @Test
    void shouldFailAnUnterminatedQuoteWithoutQuotingTheContent() {
        assertThatThrownBy(() -> Recorded.read(CsvImportReader::status, HEADER + "\n\"secret-content,active\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportFileException.Problem.unreadable))
                .hasMessageNotContaining("secret");
    }

    @Test
    void shouldFailAFieldLongerThanTheLimit() {
        String huge = "x".repeat(CsvImportReader.MAX_FIELD_CHARS + 1);

        assertThatThrownBy(() -> Recorded.read(CsvImportReader::status, HEADER + "\n" + huge + ",active,now\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportFileException.Problem.unreadable));
    }

    @Test
    void shouldPassOnAFailureToReadTheStream() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> CsvImportReader.status(broken).readAll(new Recorded<>()))
                .isNotInstanceOf(ImportFileException.class)
                .isInstanceOf(IOException.class)
                .hasMessage("disk gone");
    }

    @Test
    void shouldCountTheBytesReadAndReadAFileOnce() throws Exception {
        byte[] file = (HEADER + "\n" + POLL + "\n").getBytes(StandardCharsets.UTF_8);
        CsvImportReader<PollRow> reader = CsvImportReader.status(new ByteArrayInputStream(file));
        assertThat(reader.bytesRead()).isZero();

        reader.readAll(new Recorded<>());

        assertThat(reader.bytesRead()).isEqualTo(file.length);
        assertThatThrownBy(() -> reader.readAll(new Recorded<>())).isInstanceOf(IllegalStateException.class);
    }
}
