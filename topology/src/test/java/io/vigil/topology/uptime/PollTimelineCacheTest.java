package io.vigil.topology.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTimelineCacheTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicInteger loads = new AtomicInteger();

    private PollTimeline polls(int count) {
        loads.incrementAndGet();
        List<Poll> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            polls.add(new Poll(T0.plusSeconds(i), true));
        }
        return PollTimeline.of(polls);
    }

    @Test
    void shouldLoadAStoreOnceAndServeItFromMemoryAfterwards() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 100).build();

        PollTimeline first = cache.timeline("a", id -> polls(3));
        PollTimeline again = cache.timeline("a", id -> polls(3));

        assertThat(again).isSameAs(first);
        assertThat(loads).hasValue(1);
        assertThat(cache.polls()).isEqualTo(3);
    }

    @Test
    void shouldScanForTheNewestPollOnceThenFollowTheRecordedOnes() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 100).build();
        cache.recorded("a", new Poll(T0.plusSeconds(90), true));
        AtomicInteger scans = new AtomicInteger();

        assertThat(cache.newestPoll(() -> {
                    scans.incrementAndGet();
                    return T0;
                }))
                .isEqualTo(T0);
        cache.recorded("b", new Poll(T0.plusSeconds(30), true));
        cache.recorded("c", new Poll(T0.minusSeconds(30), true));

        assertThat(cache.newestPoll(() -> T0.minusSeconds(1))).isEqualTo(T0.plusSeconds(30));
        assertThat(scans).hasValue(1);
    }

    @Test
    void shouldTakeTheFirstRecordedPollAsTheNewestWhenTheScanFoundNone() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 100).build();
        assertThat(cache.newestPoll(() -> null)).isNull();

        cache.recorded("a", new Poll(T0, false));

        assertThat(cache.newestPoll(() -> null)).isEqualTo(T0);
    }

    @Test
    void shouldFollowPollsRecordedForAHeldStoreOnly() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 100).build();
        PollTimeline held = cache.timeline("a", id -> polls(2));

        cache.recorded("a", new Poll(T0.plusSeconds(60), false));
        cache.recorded("b", new Poll(T0, false));

        assertThat(held.size()).isEqualTo(3);
        assertThat(cache.polls()).isEqualTo(3);
        assertThat(cache.timeline("b", id -> polls(0)).size()).isZero();
    }

    @Test
    void shouldDropTheStoresReadLeastRecentlyBeyondItsBudget() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 10).build();
        cache.timeline("a", id -> polls(4));
        cache.timeline("b", id -> polls(4));
        cache.timeline("a", id -> polls(4));

        cache.timeline("c", id -> polls(4));

        assertThat(cache.polls()).isEqualTo(8);
        cache.timeline("a", id -> polls(4));
        assertThat(loads).as("a stayed, b went").hasValue(3);
        cache.timeline("b", id -> polls(4));
        assertThat(loads).hasValue(4);
    }

    @Test
    void shouldServeButNotHoldAStoreLargerThanTheWholeBudget() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 10).build();

        assertThat(cache.timeline("a", id -> polls(11)).size()).isEqualTo(11);

        assertThat(cache.polls()).isZero();
    }

    @Test
    void shouldCountWhatATrimFreed() {
        PollTimelineCache cache = PollTimelineCache.builder("t", 100).build();
        cache.timeline("a", id -> polls(5));

        cache.dropBefore("a", T0.plusSeconds(3).toEpochMilli());

        assertThat(cache.polls()).isEqualTo(2);
    }
}
