package io.vigil.topology.delivery.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MaxGapCadenceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static MaxGapCadence cadence(String start, String end, int gapMinutes) {
        return new MaxGapCadence(
                LONDON,
                LocalTimes.parse(start),
                LocalTimes.parse(end),
                Set.of(),
                Duration.ofMinutes(gapMinutes),
                Set.of());
    }

    @Test
    void shouldBeDueOneGapAfterAnArrivalInsideTheWindow() {
        assertThat(cadence("08:00", "18:00", 60).dueAfter(Instant.parse("2026-01-05T09:15:00Z"), null))
                .isEqualTo("2026-01-05T10:15:00Z");
    }

    @Test
    void shouldCountTheGapFromTheWindowStartWhenTheLastFileCameBeforeIt() {
        assertThat(cadence("08:00", "18:00", 60).firstDue(Instant.parse("2026-01-05T03:00:00Z")))
                .isEqualTo("2026-01-05T09:00:00Z");
    }

    @Test
    void shouldCarryOverToTheNextWindowWhenTheGapRunsPastTheEnd() {
        assertThat(cadence("08:00", "18:00", 60).dueAfter(Instant.parse("2026-01-05T17:30:00Z"), null))
                .isEqualTo("2026-01-06T09:00:00Z");
    }

    @Test
    void shouldTreatAWindowWhoseEndIsNotAfterItsStartAsCrossingMidnight() {
        MaxGapCadence overnight = cadence("22:00", "06:00", 120);

        assertThat(overnight.dueAfter(Instant.parse("2026-01-06T03:00:00Z"), null))
                .as("03:00 is inside the window that started at 22:00 the day before")
                .isEqualTo("2026-01-06T05:00:00Z");
        assertThat(overnight.dueAfter(Instant.parse("2026-01-06T05:00:00Z"), null))
                .isEqualTo("2026-01-07T00:00:00Z");
    }

    @Test
    void shouldCountExactElapsedTimeAcrossTheAutumnClockChange() {
        // London, 25 October 2026: 02:00 BST becomes 01:00 GMT; the night window is 25 hours long.
        MaxGapCadence overnight = cadence("00:00", "06:00", 90);

        assertThat(overnight.dueAfter(Instant.parse("2026-10-25T00:15:00Z"), null))
                .isEqualTo("2026-10-25T01:45:00Z");
    }

    @Property
    void shouldNeverBeDueBeforeTheArrivalNorMoveBackWhenTheArrivalIsLater(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond,
            @ForAll @LongRange(min = 0, max = 86_400L) long laterBy) {
        MaxGapCadence overnight = cadence("22:00", "04:00", 120);
        Instant first = Instant.ofEpochSecond(epochSecond);
        Instant second = first.plusSeconds(laterBy);
        LocalDate unused = LocalDate.EPOCH;

        Instant dueFirst = overnight.dueAfter(first, unused);
        assertThat(dueFirst).isAfter(first);
        assertThat(overnight.dueAfter(second, unused)).isAfterOrEqualTo(dueFirst);
    }

    @Test
    void shouldParseLocalTimesStrictly() {
        assertThat(LocalTimes.parse("23:59:59")).isEqualTo(LocalTime.of(23, 59, 59));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalTimes.parse("25:00"))
                .hasMessageContaining("\"25:00\" is not a time of day");
    }
}
