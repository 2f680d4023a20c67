package io.vigil.topology.uptime.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UptimePropertiesTest {

    /** Zones whose offsets stay put between 10 January and 20 February 2026, half-hour and 45-minute ones included. */
    private static final List<ZoneId> STEADY_ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("America/Chicago"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Asia/Kathmandu"));

    private static final List<ZoneId> CHANGING_ZONES =
            List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/London"), ZoneId.of("Australia/Sydney"));

    /** A store and a reference instant; all instants on whole seconds or, for the reference property, minutes. */
    record Store(
            WeeklyHours hours,
            ZoneId zone,
            Set<LocalDate> closed,
            List<Poll> polls,
            StatusOptions options,
            Instant ref) {}

    @Property(tries = 300)
    void shouldEqualTheMinuteByMinuteOriginalWhereEverythingFallsOnWholeMinutes(
            @ForAll("wholeMinuteStores") Store store) {
        UptimeFigures exact = UptimeCalculator.of(
                        store.hours(), store.zone(), store.closed(), store.polls(), store.options())
                .at(store.ref());
        MinuteByMinuteUptime reference =
                new MinuteByMinuteUptime(store.hours(), store.zone(), store.closed(), store.polls(), store.options());

        assertThat(exact.lastHour())
                .isEqualTo(reference.over(TimeInterval.endingAt(store.ref(), UptimeCalculator.HOUR)));
        assertThat(exact.lastDay()).isEqualTo(reference.over(TimeInterval.endingAt(store.ref(), UptimeCalculator.DAY)));
        assertThat(exact.lastWeek())
                .isEqualTo(reference.over(TimeInterval.endingAt(store.ref(), UptimeCalculator.WEEK)));
    }

    @Property(tries = 500)
    void shouldSplitAllBusinessTimeIntoUpDownAndUnknown(@ForAll("anyStores") Store store) {
        UptimeFigures figures = UptimeCalculator.of(
                        store.hours(), store.zone(), store.closed(), store.polls(), store.options())
                .at(store.ref());
        BusinessWindows business = BusinessWindows.of(store.hours(), store.zone(), store.closed());

        assertThat(figures.lastHour().businessTime()).isEqualTo(businessTime(business, store, UptimeCalculator.HOUR));
        assertThat(figures.lastDay().businessTime()).isEqualTo(businessTime(business, store, UptimeCalculator.DAY));
        assertThat(figures.lastWeek().businessTime()).isEqualTo(businessTime(business, store, UptimeCalculator.WEEK));
    }

    private static Duration businessTime(BusinessWindows business, Store store, Duration length) {
        return business.within(TimeInterval.endingAt(store.ref(), length)).measure();
    }

    @Provide
    Arbitrary<Store> wholeMinuteStores() {
        Instant from = Instant.parse("2026-01-10T00:00:00Z");
        Arbitrary<Instant> ref = Arbitraries.longs().between(0, 41L * 24 * 60).map(m -> from.plusSeconds(60 * m));
        return stores(Arbitraries.of(STEADY_ZONES), ref, 60, false);
    }

    @Provide
    Arbitrary<Store> anyStores() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Arbitrary<Instant> ref =
                Arbitraries.longs().between(0, 365L * 24 * 3600).map(from::plusSeconds);
        return stores(Arbitraries.of(CHANGING_ZONES), ref, 1, true);
    }

    /** Times are multiples of {@code step} seconds. */
    private static Arbitrary<Store> stores(Arbitrary<ZoneId> zones, Arbitrary<Instant> refs, int step, boolean wide) {
        Arbitrary<WeeklyHours> hours = Arbitraries.oneOf(
                Arbitraries.just(WeeklyHours.ALWAYS_OPEN),
                interval(step).list().ofMaxSize(10).map(WeeklyHours::new));
        Arbitrary<Duration> gap = Arbitraries.oneOf(
                Arbitraries.just((Duration) null),
                Arbitraries.integers().between(1, 600).map(Duration::ofMinutes));
        return Combinators.combine(
                        hours,
                        zones,
                        refs,
                        Arbitraries.integers().between(0, 8).set().ofMaxSize(3),
                        pollOffsets(step, wide),
                        Arbitraries.of(true, false),
                        gap)
                .as((h, zone, ref, closedDaysBack, offsets, initial, maxGap) -> new Store(
                        h,
                        zone,
                        closedDates(ref, zone, closedDaysBack),
                        polls(ref, offsets),
                        new StatusOptions(initial, maxGap),
                        ref));
    }

    private static Arbitrary<WeeklyHours.Interval> interval(int step) {
        Arbitrary<LocalTime> time =
                Arbitraries.integers().between(0, 86_400 / step - 1).map(n -> LocalTime.ofSecondOfDay((long) n * step));
        Arbitrary<LocalTime> end = Arbitraries.oneOf(time, Arbitraries.just(WeeklyHours.Interval.END_OF_DAY));
        return Combinators.combine(Arbitraries.of(DayOfWeek.class), time, end).as(WeeklyHours.Interval::new);
    }

    /** Poll offsets before the reference, in seconds, with their statuses; some beyond the week, some repeated. */
    private static Arbitrary<List<long[]>> pollOffsets(int step, boolean wide) {
        long span = (wide ? 9L : 8L) * 24 * 3600 / step;
        Arbitrary<long[]> poll = Combinators.combine(
                        Arbitraries.longs().between(-60 / step, span),
                        Arbitraries.integers().between(0, 1))
                .as((offset, active) -> new long[] {offset * step, active});
        return poll.list().ofMaxSize(60);
    }

    private static List<Poll> polls(Instant ref, List<long[]> offsets) {
        List<Poll> polls = new ArrayList<>();
        for (long[] offset : offsets) {
            polls.add(new Poll(ref.minusSeconds(offset[0]), offset[1] == 1));
        }
        polls.sort(Comparator.comparing(Poll::at));
        return polls;
    }

    private static Set<LocalDate> closedDates(Instant ref, ZoneId zone, Set<Integer> daysBack) {
        LocalDate today = ref.atZone(zone).toLocalDate();
        return Set.copyOf(daysBack.stream().map(today::minusDays).toList());
    }
}
