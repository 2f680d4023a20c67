package io.vigil.topology.uptime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IntervalSetTest {

    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    /** [from, to) in minutes after T0. */
    private static TimeInterval minutes(int from, int to) {
        return new TimeInterval(T0.plusSeconds(60L * from), T0.plusSeconds(60L * to));
    }

    @Test
    void shouldSortAndCoalesceOverlappingAndTouchingIntervals() {
        IntervalSet set = IntervalSet.of(minutes(30, 40), minutes(0, 10), minutes(5, 20), minutes(20, 25));

        assertThat(set.intervals()).containsExactly(minutes(0, 25), minutes(30, 40));
        assertThat(set.measure()).isEqualTo(Duration.ofMinutes(35));
    }

    @Test
    void shouldUniteIntersectAndSubtract() {
        IntervalSet a = IntervalSet.of(minutes(0, 10), minutes(20, 30), minutes(40, 50));
        IntervalSet b = IntervalSet.of(minutes(5, 25), minutes(30, 35), minutes(45, 60));

        assertThat(a.union(b).intervals()).containsExactly(minutes(0, 35), minutes(40, 60));
        assertThat(a.intersect(b).intervals()).containsExactly(minutes(5, 10), minutes(20, 25), minutes(45, 50));
        assertThat(a.minus(b).intervals()).containsExactly(minutes(0, 5), minutes(25, 30), minutes(40, 45));
        assertThat(b.minus(a).intervals()).containsExactly(minutes(10, 20), minutes(30, 35), minutes(50, 60));
    }

    @Test
    void shouldClipToAWindow() {
        IntervalSet set = IntervalSet.of(minutes(0, 10), minutes(20, 30));

        assertThat(set.clip(minutes(5, 25)).intervals()).containsExactly(minutes(5, 10), minutes(20, 25));
        assertThat(set.clip(minutes(10, 20)).isEmpty()).isTrue();
    }

    @Test
    void shouldRejectAnIntervalThatDoesNotEndAfterItStarts() {
        assertThatThrownBy(() -> new TimeInterval(T0, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not before its end");
    }

    @Property
    void shouldAgreeWithMinuteSetsOnEveryOperation(
            @ForAll("sets") List<TimeInterval> first, @ForAll("sets") List<TimeInterval> second) {
        IntervalSet a = IntervalSet.of(first);
        IntervalSet b = IntervalSet.of(second);
        boolean[] inA = minuteMask(first);
        boolean[] inB = minuteMask(second);

        assertThat(a.union(b).measure()).isEqualTo(count(inA, inB, (x, y) -> x || y));
        assertThat(a.intersect(b).measure()).isEqualTo(count(inA, inB, (x, y) -> x && y));
        assertThat(a.minus(b).measure()).isEqualTo(count(inA, inB, (x, y) -> x && !y));
        assertThat(a.union(b)).isEqualTo(IntervalSet.of(concat(first, second)));
    }

    @Provide
    Arbitrary<List<TimeInterval>> sets() {
        Arbitrary<TimeInterval> interval = Arbitraries.integers()
                .between(0, 200)
                .flatMap(from -> Arbitraries.integers().between(1, 40).map(length -> minutes(from, from + length)));
        return interval.list().ofMaxSize(12);
    }

    private static boolean[] minuteMask(List<TimeInterval> intervals) {
        boolean[] mask = new boolean[300];
        for (TimeInterval interval : intervals) {
            long from = Duration.between(T0, interval.start()).toMinutes();
            long to = Duration.between(T0, interval.end()).toMinutes();
            for (long m = from; m < to; m++) {
                mask[(int) m] = true;
            }
        }
        return mask;
    }

    private static Duration count(boolean[] a, boolean[] b, BiPredicate<Boolean, Boolean> op) {
        int minutes = 0;
        for (int m = 0; m < a.length; m++) {
            minutes += op.test(a[m], b[m]) ? 1 : 0;
        }
        return Duration.ofMinutes(minutes);
    }

    private static List<TimeInterval> concat(List<TimeInterval> a, List<TimeInterval> b) {
        List<TimeInterval> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
