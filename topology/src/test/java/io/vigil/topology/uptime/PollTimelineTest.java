package io.vigil.topology.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollTimelineTest {

    private static final Instant FROM = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-01T12:00:00Z");

    private static Poll up(String at) {
        return new Poll(Instant.parse(at), true);
    }

    private static Poll down(String at) {
        return new Poll(Instant.parse(at), false);
    }

    @Test
    void shouldKeepPollsInTimeOrderWhateverOrderTheyArriveIn() {
        PollTimeline timeline = PollTimeline.of(List.of());
        timeline.record(up("2026-03-01T11:00:00Z"));
        timeline.record(down("2026-03-01T10:30:00Z"));
        timeline.record(up("2026-03-01T11:30:00.000250Z"));

        assertThat(timeline.span(FROM, TO, 0))
                .containsExactly(
                        down("2026-03-01T10:30:00Z"), up("2026-03-01T11:00:00Z"), up("2026-03-01T11:30:00.000250Z"));
    }

    @Test
    void shouldLetTheLaterPollOfAMillisecondReplaceTheEarlierAsTheWindowStoreDoes() {
        PollTimeline timeline = PollTimeline.of(List.of(up("2026-03-01T11:00:00.000100Z")));

        timeline.record(down("2026-03-01T11:00:00.000900Z"));

        assertThat(timeline.size()).isEqualTo(1);
        assertThat(timeline.span(FROM, TO, 0)).containsExactly(down("2026-03-01T11:00:00.000900Z"));
    }

    @Test
    void shouldStartWithTheLatestPollBeforeThePeriodWhenItIsNotBeforeTheEarliestTime() {
        PollTimeline timeline = PollTimeline.of(
                List.of(down("2026-03-01T08:00:00Z"), up("2026-03-01T09:00:00Z"), down("2026-03-01T10:15:00Z")));

        assertThat(timeline.span(FROM, TO, 0))
                .containsExactly(up("2026-03-01T09:00:00Z"), down("2026-03-01T10:15:00Z"));
        assertThat(timeline.span(
                        FROM, TO, Instant.parse("2026-03-01T09:00:00.001Z").toEpochMilli()))
                .containsExactly(down("2026-03-01T10:15:00Z"));
    }

    @Test
    void shouldTreatThePeriodAsHalfOpenToTheMicrosecond() {
        PollTimeline timeline = PollTimeline.of(
                List.of(up("2026-03-01T09:59:59.999999Z"), down("2026-03-01T10:00:00Z"), up("2026-03-01T12:00:00Z")));

        assertThat(timeline.span(FROM, TO, 0))
                .containsExactly(up("2026-03-01T09:59:59.999999Z"), down("2026-03-01T10:00:00Z"));
    }

    @Test
    void shouldForgetPollsBeforeACutOffAndNothingAfterIt() {
        PollTimeline timeline = PollTimeline.of(
                List.of(up("2026-03-01T09:00:00Z"), down("2026-03-01T10:30:00Z"), up("2026-03-01T11:00:00Z")));

        timeline.dropBefore(Instant.parse("2026-03-01T10:30:00Z").toEpochMilli());

        assertThat(timeline.size()).isEqualTo(2);
        assertThat(timeline.span(FROM, TO, 0))
                .containsExactly(down("2026-03-01T10:30:00Z"), up("2026-03-01T11:00:00Z"));
    }

    @Test
    void shouldHoldPollsBeforeNineteenSeventy() {
        PollTimeline timeline = PollTimeline.of(List.of(down("1969-12-31T23:59:59.999999Z")));

        assertThat(timeline.span(Instant.EPOCH, TO, Long.MIN_VALUE))
                .containsExactly(down("1969-12-31T23:59:59.999999Z"));
    }
}
