package io.vigil.topology.uptime.time;

import static io.vigil.topology.uptime.time.BusinessWindowsTest.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTimelineTest {

    private static final TimeInterval PERIOD = between("2026-01-05T10:00:00Z", "2026-01-05T14:00:00Z");

    static Poll active(String at) {
        return new Poll(Instant.parse(at), true);
    }

    static Poll inactive(String at) {
        return new Poll(Instant.parse(at), false);
    }

    private static StatusIntervals over(List<Poll> polls, StatusOptions options) {
        return StatusTimeline.of(polls, options).over(PERIOD);
    }

    @Test
    void shouldTakeTheInitialStatusForAStoreWithoutPolls() {
        assertThat(over(List.of(), StatusOptions.DEFAULTS).inactive().intervals())
                .containsExactly(PERIOD);
        assertThat(over(List.of(), new StatusOptions(true, null)).active().intervals())
                .containsExactly(PERIOD);
    }

    @Test
    void shouldHoldEachStatusUntilTheNextPoll() {
        StatusIntervals statuses = over(
                List.of(
                        active("2026-01-05T09:00:00Z"),
                        inactive("2026-01-05T11:00:00Z"),
                        inactive("2026-01-05T11:30:00Z"),
                        active("2026-01-05T13:00:00Z"),
                        inactive("2026-01-05T15:00:00Z")),
                StatusOptions.DEFAULTS);

        assertThat(statuses.active().intervals())
                .containsExactly(
                        between("2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z"),
                        between("2026-01-05T13:00:00Z", "2026-01-05T14:00:00Z"));
        assertThat(statuses.inactive().intervals())
                .containsExactly(between("2026-01-05T11:00:00Z", "2026-01-05T13:00:00Z"));
        assertThat(statuses.unknown().isEmpty()).isTrue();
    }

    @Test
    void shouldUseTheInitialStatusBeforeTheFirstPoll() {
        StatusIntervals statuses = over(List.of(active("2026-01-05T13:15:00Z")), StatusOptions.DEFAULTS);

        assertThat(statuses.inactive().intervals())
                .containsExactly(between("2026-01-05T10:00:00Z", "2026-01-05T13:15:00Z"));
        assertThat(statuses.active().intervals())
                .containsExactly(between("2026-01-05T13:15:00Z", "2026-01-05T14:00:00Z"));
    }

    @Test
    void shouldLetTheLastOfSeveralPollsAtTheSameInstantWin() {
        StatusIntervals statuses = over(
                List.of(
                        active("2026-01-05T12:00:00Z"),
                        inactive("2026-01-05T12:00:00Z"),
                        active("2026-01-05T12:00:00Z")),
                StatusOptions.DEFAULTS);

        assertThat(statuses.active().intervals())
                .containsExactly(between("2026-01-05T12:00:00Z", "2026-01-05T14:00:00Z"));
        assertThat(statuses.inactive().intervals())
                .containsExactly(between("2026-01-05T10:00:00Z", "2026-01-05T12:00:00Z"));
    }

    @Test
    void shouldRejectPollsThatAreNotSortedByTime() {
        List<Poll> unsorted = List.of(active("2026-01-05T12:00:00Z"), inactive("2026-01-05T11:59:59Z"));

        assertThatThrownBy(() -> StatusTimeline.of(unsorted, StatusOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("polls are not sorted by time: 2026-01-05T11:59:59Z comes after 2026-01-05T12:00:00Z");
    }

    @Test
    void shouldMakeTimeUnknownOnceAPollIsOlderThanTheMaxPollGap() {
        StatusIntervals statuses = over(
                List.of(
                        active("2026-01-05T10:30:00Z"),
                        active("2026-01-05T10:45:00Z"),
                        inactive("2026-01-05T12:30:00Z")),
                StatusOptions.withMaxPollGap(Duration.ofMinutes(30)));

        assertThat(statuses.unknown().intervals())
                .as("before the first poll, after 11:15 until the next poll, and after 13:00")
                .containsExactly(
                        between("2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z"),
                        between("2026-01-05T11:15:00Z", "2026-01-05T12:30:00Z"),
                        between("2026-01-05T13:00:00Z", "2026-01-05T14:00:00Z"));
        assertThat(statuses.active().intervals())
                .containsExactly(between("2026-01-05T10:30:00Z", "2026-01-05T11:15:00Z"));
        assertThat(statuses.inactive().intervals())
                .containsExactly(between("2026-01-05T12:30:00Z", "2026-01-05T13:00:00Z"));
    }

    @Test
    void shouldCarryAStatusFromBeforeThePeriodOnlyWithinTheMaxPollGap() {
        StatusIntervals statuses =
                over(List.of(active("2026-01-05T09:50:00Z")), StatusOptions.withMaxPollGap(Duration.ofMinutes(20)));

        assertThat(statuses.active().intervals())
                .containsExactly(between("2026-01-05T10:00:00Z", "2026-01-05T10:10:00Z"));
        assertThat(statuses.unknown().intervals())
                .containsExactly(between("2026-01-05T10:10:00Z", "2026-01-05T14:00:00Z"));
    }

    @Test
    void shouldRejectAMaxPollGapThatIsNotPositive() {
        assertThatThrownBy(() -> StatusOptions.withMaxPollGap(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max poll gap must be positive");
    }
}
