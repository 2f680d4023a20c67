package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoursCsvTest {

    @Test
    void shouldReadHoursAsWrittenWithoutInterpretingThem() throws Exception {
        Recorded<HoursRow> read = Recorded.read(
                CsvImportReader::hours,
                """
                store_id,dayOfWeek,start_time_local,end_time_local
                12513,0,00:00:00,23:59:59
                12513,6,22:00,02:30
                12513,3,09:00:00,09:00:00
                """);

        assertThat(read.rows)
                .containsExactly(
                        new HoursRow("12513", 0, LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)),
                        new HoursRow("12513", 6, LocalTime.of(22, 0), LocalTime.of(2, 30)),
                        new HoursRow("12513", 3, LocalTime.of(9, 0), LocalTime.of(9, 0)));
        assertThat(read.summary).isEqualTo(new ImportSummary(3, 3, Map.of()));
    }

    @Test
    void shouldSkipBadDaysAndTimesWithRowAndLine() throws Exception {
        Recorded<HoursRow> read = Recorded.read(
                CsvImportReader::hours,
                """
                store_id,dayofweek,start_time_local,end_time_local
                s1,7,09:00,17:00
                s1,-1,09:00,17:00
                s1,01,09:00,17:00
                s1,,09:00,17:00
                s1,1,25:00,17:00
                s1,1,09:60,17:00
                s1,1,09:00,17:00:60
                s1,1,9:00,17:00
                s1,1,09:00,24:00:00
                s1,1,09:00:00.5,17:00
                s1,1,09:00
                """);

        assertThat(read.rows).isEmpty();
        assertThat(read.skipped)
                .extracting(SkippedRow::reason)
                .containsExactly(
                        SkipReason.bad_day,
                        SkipReason.bad_day,
                        SkipReason.bad_day,
                        SkipReason.bad_day,
                        SkipReason.bad_time,
                        SkipReason.bad_time,
                        SkipReason.bad_time,
                        SkipReason.bad_time,
                        SkipReason.bad_time,
                        SkipReason.bad_time,
                        SkipReason.too_few_fields);
        assertThat(read.skipped.get(0)).isEqualTo(new SkippedRow(1, 2, SkipReason.bad_day));
        assertThat(read.skipped.get(4)).isEqualTo(new SkippedRow(5, 6, SkipReason.bad_time));
        assertThat(read.summary.skippedByReason())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(SkipReason.bad_day, 4L, SkipReason.bad_time, 6L, SkipReason.too_few_fields, 1L));
    }

    @Test
    void shouldTakeEveryDayOfTheWeekAndTheWholeDayRange() throws Exception {
        StringBuilder file = new StringBuilder("store_id,dayOfWeek,start_time_local,end_time_local\n");
        for (int day = 0; day <= 6; day++) {
            file.append("s,").append(day).append(",00:00,23:59:59\n");
        }

        Recorded<HoursRow> read = Recorded.read(CsvImportReader::hours, file.toString());

        assertThat(read.rows).extracting(HoursRow::day).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }
}
