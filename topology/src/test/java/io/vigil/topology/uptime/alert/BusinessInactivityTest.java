package io.vigil.topology.uptime.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.topology.uptime.time.BusinessWindows;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessInactivityTest {

    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
    private static final Instant TUESDAY_NOON = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void shouldNeverCrossForAStoreClosedAllWeek() {
        BusinessWindows closed = BusinessWindows.of(new WeeklyHours(List.of()), ZoneOffset.UTC, Set.of());

        assertThat(BusinessInactivity.crossing(closed, TUESDAY_NOON, null, THIRTY_MINUTES))
                .isEmpty();
    }

    @Test
    void shouldNotCrossWhenTheKnownInactivityEndsAtTheThreshold() {
        BusinessWindows always = BusinessWindows.of(WeeklyHours.ALWAYS_OPEN, ZoneOffset.UTC, Set.of());

        assertThat(BusinessInactivity.crossing(always, TUESDAY_NOON, TUESDAY_NOON.plus(THIRTY_MINUTES), THIRTY_MINUTES))
                .isEmpty();
        assertThat(BusinessInactivity.crossing(
                        always, TUESDAY_NOON, TUESDAY_NOON.plus(THIRTY_MINUTES).plusMillis(1), THIRTY_MINUTES))
                .contains(TUESDAY_NOON.plus(THIRTY_MINUTES));
    }

    @Test
    void shouldEndARunAtAnActivePollOrASilenceLongerThanTheGap() {
        List<Poll> newestFirst = List.of(
                new Poll(Instant.parse("2026-03-10T12:30:00Z"), false),
                new Poll(Instant.parse("2026-03-10T12:25:00Z"), false),
                new Poll(Instant.parse("2026-03-10T12:00:00Z"), false),
                new Poll(Instant.parse("2026-03-10T11:00:00Z"), true));

        assertThat(InactiveRun.endingWith(newestFirst.iterator(), null))
                .contains(
                        new InactiveRun(Instant.parse("2026-03-10T12:00:00Z"), Instant.parse("2026-03-10T12:30:00Z")));
        assertThat(InactiveRun.endingWith(newestFirst.iterator(), Duration.ofMinutes(10)))
                .contains(
                        new InactiveRun(Instant.parse("2026-03-10T12:25:00Z"), Instant.parse("2026-03-10T12:30:00Z")));
        assertThat(InactiveRun.endingWith(newestFirst.subList(3, 4).iterator(), null))
                .isEmpty();
    }

    @Test
    void shouldReadBackTheStateItWrites() {
        AlertState open = new AlertState(
                Instant.parse("2026-03-10T12:00:00.000123Z"), TUESDAY_NOON.plusSeconds(60), TUESDAY_NOON, "s;1:2");
        AlertState pending = new AlertState(TUESDAY_NOON, TUESDAY_NOON, null, null);

        assertThat(AlertState.of(open.stored())).isEqualTo(open);
        assertThat(AlertState.of(pending.stored())).isEqualTo(pending);
        assertThat(AlertState.of(null)).isNull();
    }
}
