package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimezoneCsvTest {

    @Test
    void shouldReadIanaZonesInAnyCase() throws Exception {
        Recorded<TimezoneRow> read = Recorded.read(
                CsvImportReader::timezones,
                """
                store_id,timezone_str
                8377465688456570187,Asia/Beirut
                885612871051323187,america/chicago
                5955337179846162144, America/Denver\s
                """);

        assertThat(read.rows)
                .containsExactly(
                        new TimezoneRow("8377465688456570187", ZoneId.of("Asia/Beirut")),
                        new TimezoneRow("885612871051323187", ZoneId.of("America/Chicago")),
                        new TimezoneRow("5955337179846162144", ZoneId.of("America/Denver")));
    }

    @Test
    void shouldSkipUnknownZonesAndOffsets() throws Exception {
        Recorded<TimezoneRow> read = Recorded.read(
                CsvImportReader::timezones,
                """
                store_id,timezone_str
                s1,Mars/Olympus_Mons
                s2,+02:00
                s3,
                s4,America/Chicago
                """);

        assertThat(read.rows).containsExactly(new TimezoneRow("s4", ZoneId.of("America/Chicago")));
        assertThat(read.skipped)
                .containsExactly(
                        new SkippedRow(1, 2, SkipReason.bad_timezone),
                        new SkippedRow(2, 3, SkipReason.bad_timezone),
                        new SkippedRow(3, 4, SkipReason.bad_timezone));
    }
}
