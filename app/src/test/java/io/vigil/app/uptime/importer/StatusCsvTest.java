package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusCsvTest {

    @Test
    void shouldReadPollsOfTheOriginalLayout() throws Exception {
        Recorded<PollRow> read = Recorded.read(
                CsvImportReader::status,
                """
                store_id,status,timestamp_utc
                8419537941919820732,active,2023-01-22 12:09:39.388884 UTC
                54515546588432327,inactive,2023-01-24 09:06:42.605777 UTC
                """);

        assertThat(read.rows)
                .containsExactly(
                        new PollRow("8419537941919820732", Instant.parse("2023-01-22T12:09:39.388884Z"), true),
                        new PollRow("54515546588432327", Instant.parse("2023-01-24T09:06:42.605777Z"), false));
        assertThat(read.summary).isEqualTo(new ImportSummary(2, 2, Map.of()));
    }

    @Test
    void shouldTakeStatusInAnyCaseWithBlanksAround() throws Exception {
        Recorded<PollRow> read = Recorded.read(
                CsvImportReader::status,
                """
                store_id,status,timestamp_utc
                s1, ACTIVE ,2023-01-25 18:13:22 UTC
                s1,Inactive,2023-01-25T18:14:22Z
                """);

        assertThat(read.rows).extracting(PollRow::active).containsExactly(true, false);
    }

    @Test
    void shouldSkipRowsWithTheirReasonRowAndLine() throws Exception {
        Recorded<PollRow> read = Recorded.read(
                CsvImportReader::status,
                """
                store_id,status,timestamp_utc
                s1,active,2023-01-25 18:13:22 UTC

                s1,active
                ,active,2023-01-25 18:13:22 UTC
                s\u0007x,active,2023-01-25 18:13:22 UTC
                s1,up,2023-01-25 18:13:22 UTC
                s1,active,2023-01-25 25:13:22 UTC
                s1,inactive,yesterday
                """);

        assertThat(read.rows).hasSize(1);
        assertThat(read.skipped)
                .containsExactly(
                        new SkippedRow(2, 4, SkipReason.too_few_fields),
                        new SkippedRow(3, 5, SkipReason.missing_store_id),
                        new SkippedRow(4, 6, SkipReason.bad_store_id),
                        new SkippedRow(5, 7, SkipReason.bad_status),
                        new SkippedRow(6, 8, SkipReason.bad_timestamp),
                        new SkippedRow(7, 9, SkipReason.bad_timestamp));
        assertThat(read.summary.rowsSeen()).isEqualTo(7);
        assertThat(read.summary.good()).isEqualTo(1);
        assertThat(read.summary.skipped()).isEqualTo(6);
        assertThat(read.summary.skippedByReason())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        SkipReason.too_few_fields, 1L,
                        SkipReason.missing_store_id, 1L,
                        SkipReason.bad_store_id, 1L,
                        SkipReason.bad_status, 1L,
                        SkipReason.bad_timestamp, 2L));
    }

    @Test
    void shouldCheckTheStoreIdBeforeTheOtherFields() throws Exception {
        Recorded<PollRow> read = Recorded.read(
                CsvImportReader::status,
                "store_id,status,timestamp_utc\n  ,up,never\n" + "x".repeat(129) + ",up,never\n");

        assertThat(read.skipped)
                .extracting(SkippedRow::reason)
                .containsExactly(SkipReason.missing_store_id, SkipReason.bad_store_id);
    }

    @Test
    void shouldFindColumnsInAnyOrderAndIgnoreTheOthers() throws Exception {
        Recorded<PollRow> read = Recorded.read(
                CsvImportReader::status,
                """
                 Timestamp_UTC ,note,STORE_ID,Status
                2023-01-25 18:13:22 UTC,"a, note",s1,active
                2023-01-25 18:14:22 UTC,,s2,inactive,and more
                """);

        assertThat(read.rows)
                .containsExactly(
                        new PollRow("s1", Instant.parse("2023-01-25T18:13:22Z"), true),
                        new PollRow("s2", Instant.parse("2023-01-25T18:14:22Z"), false));
    }
}
