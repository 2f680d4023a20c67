package io.vigil.topology.uptime.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportRowFormatTest {

    private static final UptimeFigures FIGURES = new UptimeFigures(
            Instant.parse("2026-01-05T12:00:00Z"),
            new PeriodFigures(Duration.ofSeconds(45 * 60 + 18), Duration.ofSeconds(14 * 60 + 42), Duration.ZERO),
            new PeriodFigures(Duration.ofMinutes(7 * 60 + 3), Duration.ofMinutes(57), Duration.ofMinutes(30)),
            new PeriodFigures(Duration.ofHours(60), Duration.ofMillis(18_000), Duration.ofHours(2)));

    @Test
    void shouldWriteTheOriginalHeaderAndRowWithTwoDecimalsRoundedHalfUp() {
        ReportRowFormat format = ReportRowFormat.original();

        assertThat(format.header())
                .isEqualTo("store_id,uptime_last_hour,uptime_last_day,uptime_last_week,"
                        + "downtime_last_hour,downtime_last_day,downtime_last_week");
        assertThat(format.row("s1", FIGURES)).isEqualTo("s1,45.30,7.05,60.00,14.70,0.95,0.01");
    }

    @Test
    void shouldRoundAnExactHalfUp() {
        assertThat(ReportRowFormat.minutes(Duration.ofMillis(300))).isEqualTo("0.01");
        assertThat(ReportRowFormat.minutes(Duration.ofMillis(299))).isEqualTo("0.00");
        assertThat(ReportRowFormat.hours(Duration.ofSeconds(18))).isEqualTo("0.01");
        assertThat(ReportRowFormat.hours(Duration.ofNanos(17_999_999_999L))).isEqualTo("0.00");
    }

    @Test
    void shouldAddTheUnknownColumnsWhenAskedFor() {
        ReportRowFormat format = ReportRowFormat.withUnknownColumns();

        assertThat(format.header())
                .endsWith(",downtime_last_week,unknown_last_hour,unknown_last_day,unknown_last_week");
        assertThat(format.row("s1", FIGURES)).isEqualTo("s1,45.30,7.05,60.00,14.70,0.95,0.01,0.00,0.50,2.00");
    }

    @Test
    void shouldUseADotWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ReportRowFormat.original().row("s1", FIGURES)).startsWith("s1,45.30,7.05,");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldQuoteAStoreIdThatWouldBreakTheCsv() {
        assertThat(ReportRowFormat.original().row("a,\"b\"", FIGURES)).startsWith("\"a,\"\"b\"\"\",45.30,");
    }
}
