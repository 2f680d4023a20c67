package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.topology.uptime.time.PeriodFigures;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCheckTest {

    private static final String HEADER = "store_id,uptime_last_hour,uptime_last_day,uptime_last_week,"
            + "downtime_last_hour,downtime_last_day,downtime_last_week";
    private static final Map<String, UptimeFigures> EXPECTED = new LinkedHashMap<>();

    static {
        PeriodFigures hour = new PeriodFigures(Duration.ofMinutes(45), Duration.ofMinutes(15), Duration.ZERO);
        PeriodFigures day = new PeriodFigures(Duration.ofMinutes(600), Duration.ofMinutes(20), Duration.ZERO);
        PeriodFigures week = new PeriodFigures(Duration.ofMinutes(4_000), Duration.ofMinutes(100), Duration.ZERO);
        EXPECTED.put("a", new UptimeFigures(Instant.EPOCH, hour, day, week));
        EXPECTED.put("b", new UptimeFigures(Instant.EPOCH, hour, hour, hour));
    }

    @Test
    void shouldAcceptEveryStoreOnceWithFiguresWithinAHundredthInAnyOrder() {
        String csv = HEADER + "\n" + "b,45.00,0.75,0.75,15.00,0.25,0.25\n" + "a,45.00,10.00,66.66,15.00,0.33,1.67\n";

        assertThat(ReportCheck.requireSame(EXPECTED, csv)).isEqualTo(2);
    }

    @Test
    void shouldNameTheStoreAndColumnOfAFigureOffByMoreThanAHundredth() {
        String csv = HEADER + "\n" + "a,45.00,10.00,66.67,15.00,0.33,1.69\n" + "b,45.00,0.75,0.75,15.00,0.25,0.25\n";

        assertThatThrownBy(() -> ReportCheck.requireSame(EXPECTED, csv))
                .hasMessage("store a: downtime_last_week is 1.69 in the report, 1.67 minute by minute");
    }

    @Test
    void shouldNameAStoreMissingExtraOrTwiceAndAWrongHeader() {
        String rowA = "a,45.00,10.00,66.67,15.00,0.33,1.67\n";
        String rowB = "b,45.00,0.75,0.75,15.00,0.25,0.25\n";

        assertThatThrownBy(() -> ReportCheck.requireSame(EXPECTED, HEADER + "\n" + rowA))
                .hasMessageContaining("misses store b");
        assertThatThrownBy(
                        () -> ReportCheck.requireSame(EXPECTED, HEADER + "\n" + rowA + rowB + "c" + rowB.substring(1)))
                .hasMessage("the report has a row for store c, the data has not");
        assertThatThrownBy(() -> ReportCheck.requireSame(EXPECTED, HEADER + "\n" + rowA + rowA))
                .hasMessage("the report has store a twice");
        assertThatThrownBy(() -> ReportCheck.requireSame(EXPECTED, rowA + rowB)).hasMessageContaining("header");
    }
}
