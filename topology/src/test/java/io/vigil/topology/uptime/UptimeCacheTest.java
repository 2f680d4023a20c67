package io.vigil.topology.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class UptimeCacheTest {

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
        UptimeCache cache = UptimeCache.builder("t", 100).build();

        PollTimeline first = cache.timeline("a", id -> polls(3));
        PollTimeline again = cache.timeline("a", id -> polls(3));

        assertThat(again).isSameAs(first);
        assertThat(loads).hasValue(1);
        assertThat(cache.weight()).as("three polls and the store").isEqualTo(4);
    }

    @Test
    void shouldScanForTheTasksStoresOnceThenFollowTheAddedStoresAndRecordedPolls() {
        UptimeCache cache = UptimeCache.builder("t", 100).build();
        cache.recorded("a", new Poll(T0.plusSeconds(90), true));
        cache.storeAdded("z");
        AtomicInteger scans = new AtomicInteger();
        Supplier<TaskStores> scan = () -> {
            scans.incrementAndGet();
            return new TaskStores(List.of("a", "b"), T0);
        };

        assertThat(cache.stores(scan)).isEqualTo(new TaskStores(List.of("a", "b"), T0));
        cache.storeAdded("c");
        cache.recorded("c", new Poll(T0.plusSeconds(30), true));
        cache.recorded("b", new Poll(T0.minusSeconds(30), true));

        assertThat(cache.stores(scan)).isEqualTo(new TaskStores(List.of("a", "b", "c"), T0.plusSeconds(30)));
        assertThat(scans).hasValue(1);
        assertThat(cache.weight()).as("three ids").isEqualTo(3);
    }

    @Test
    void shouldTakeTheFirstRecordedPollAsTheNewestWhenTheScanFoundNone() {
        UptimeCache cache = UptimeCache.builder("t", 100).build();
        assertThat(cache.stores(() -> new TaskStores(List.of("a"), null)).newestPoll())
                .isNull();

        cache.recorded("a", new Poll(T0, false));

        assertThat(cache.stores(() -> new TaskStores(List.of(), null)).newestPoll())
                .isEqualTo(T0);
    }

    @Test
    void shouldScanEveryTimeOnceTheStoreIdsOutgrowTheBudget() {
        UptimeCache cache = UptimeCache.builder("t", 2).build();
        cache.stores(() -> new TaskStores(List.of("a", "b"), T0));

        cache.storeAdded("c");

        assertThat(cache.weight()).isZero();
        assertThat(cache.stores(() -> new TaskStores(List.of("a", "b", "c"), T0))
                        .ids())
                .containsExactly("a", "b", "c");
        assertThat(cache.stores(() -> new TaskStores(List.of("x"), T0)).ids()).containsExactly("x");
    }

    @Test
    void shouldFollowPollsRecordedForAHeldStoreOnly() {
        UptimeCache cache = UptimeCache.builder("t", 100).build();
        PollTimeline held = cache.timeline("a", id -> polls(2));

        cache.recorded("a", new Poll(T0.plusSeconds(60), false));
        cache.recorded("b", new Poll(T0, false));

        assertThat(held.size()).isEqualTo(3);
        assertThat(cache.weight()).isEqualTo(4);
        assertThat(cache.timeline("b", id -> polls(0)).size()).isZero();
    }

    @Test
    void shouldDropTheStoresReadLeastRecentlyBeyondItsBudget() {
        UptimeCache cache = UptimeCache.builder("t", 10).build();
        cache.timeline("a", id -> polls(4));
        cache.timeline("b", id -> polls(4));
        cache.timeline("a", id -> polls(4));

        cache.timeline("c", id -> polls(4));

        assertThat(cache.weight()).isEqualTo(10);
        cache.timeline("a", id -> polls(4));
        assertThat(loads).as("a stayed, b went").hasValue(3);
        cache.timeline("b", id -> polls(4));
        assertThat(loads).hasValue(4);
    }

    @Test
    void shouldServeButNotHoldAStoreLargerThanTheWholeBudget() {
        UptimeCache cache = UptimeCache.builder("t", 10).build();

        assertThat(cache.timeline("a", id -> polls(10)).size()).isEqualTo(10);

        assertThat(cache.weight()).isZero();
    }

    @Test
    void shouldHoldAProfileUntilItsHoursOrZoneChange() {
        UptimeCache cache = UptimeCache.builder("t", 100).build();
        StoreProfile paris = profile("Europe/Paris");
        cache.timeline("a", id -> polls(2));

        assertThat(cache.profile("a", id -> paris)).isSameAs(paris);
        assertThat(cache.profile("a", id -> profile("UTC"))).isSameAs(paris);
        assertThat(cache.weight()).as("two polls, the store, one interval").isEqualTo(4);

        cache.profileChanged("a");

        assertThat(cache.weight()).isEqualTo(3);
        assertThat(cache.profile("a", id -> profile("UTC")).zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(cache.timeline("a", id -> polls(5)).size())
                .as("the timeline stays")
                .isEqualTo(2);
    }

    @Test
    void shouldLetGoOfAStoreWhoseOnlyProfileChanged() {
        UptimeCache cache = UptimeCache.builder("t", 100).build();
        cache.profile("a", id -> profile("UTC"));

        cache.profileChanged("a");

        assertThat(cache.weight()).isZero();
    }

    private static StoreProfile profile(String zone) {
        WeeklyHours mondays = new WeeklyHours(
                List.of(new WeeklyHours.Interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));
        return new StoreProfile(mondays, ZoneId.of(zone), null, null);
    }

    @Test
    void shouldCountWhatATrimFreed() {
        UptimeCache cache = UptimeCache.builder("t", 100).build();
        cache.timeline("a", id -> polls(5));

        cache.dropBefore("a", T0.plusSeconds(3).toEpochMilli());

        assertThat(cache.weight()).isEqualTo(3);
    }
}
