package io.vigil.topology.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.time.EpochMicros;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class RecentRunsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aBatchWithinAMinuteIsOneRunInTimeOrderStoredAtItsNewestEvent() {
        TelemetryBatch batch = batch(0, List.of(T0.plusMillis(500), T0, T0.plusSeconds(59), T0.plusMillis(500)));

        List<RecentRuns.Run> runs = RecentRuns.of(batch);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).newestMillis()).isEqualTo(T0.plusSeconds(59).toEpochMilli());
        assertThat(runs.get(0).batch().getEvents())
                .extracting(event -> event.getData().get("i"))
                .containsExactly(1.0, 0.0, 3.0, 2.0);
        assertThat(runs.get(0).batch().getBatchId()).isEqualTo(batch.getBatchId());
    }

    @Test
    void aBatchSentInOrderWithinAMinuteIsStoredAsItCame() {
        TelemetryBatch batch = batch(0, List.of(T0, T0, T0.plusSeconds(30), T0.plusSeconds(60)));

        List<RecentRuns.Run> runs = RecentRuns.of(batch);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).batch()).isSameAs(batch);
        assertThat(runs.get(0).newestMillis()).isEqualTo(T0.plusSeconds(60).toEpochMilli());
        assertThat(RecentRuns.of(batch(1, List.of()))).isEmpty();
    }

    @Test
    void timesInOrderWithinAMinuteAreOneRunStoredAtTheNewestMillisecond() {
        long t0 = EpochMicros.of(T0);

        assertThat(RecentRuns.isOneRun(new long[] {t0, t0, t0 + 60_000_000})).isTrue();
        assertThat(RecentRuns.isOneRun(new long[] {t0, t0 + 60_000_001})).isFalse();
        assertThat(RecentRuns.isOneRun(new long[] {t0 + 1, t0})).isFalse();
        assertThat(RecentRuns.isOneRun(new long[0])).isTrue();
        assertThat(RecentRuns.storedAt(t0 + 1_999)).isEqualTo(T0.toEpochMilli() + 1);
        assertThat(RecentRuns.storedAt(-1))
                .isEqualTo(Instant.EPOCH.minusNanos(1_000).toEpochMilli());
    }

    @Test
    void aBatchInOrderButSpanningMoreThanAMinuteIsCut() {
        assertThat(RecentRuns.of(batch(0, List.of(T0, T0.plusSeconds(61)))))
                .extracting(run -> run.batch().getEvents().size())
                .containsExactly(1, 1);
    }

    @Test
    void aBatchSpanningMoreThanAMinuteIsCutIntoRunsOfAtMostAMinute() {
        TelemetryBatch batch = batch(0, List.of(T0, T0.plusSeconds(60), T0.plusSeconds(61), T0.plusSeconds(200)));

        List<RecentRuns.Run> runs = RecentRuns.of(batch);

        assertThat(runs).extracting(run -> run.batch().getEvents().size()).containsExactly(2, 1, 1);
        assertThat(runs)
                .extracting(RecentRuns.Run::newestMillis)
                .containsExactly(
                        T0.plusSeconds(60).toEpochMilli(),
                        T0.plusSeconds(61).toEpochMilli(),
                        T0.plusSeconds(200).toEpochMilli());
    }

    /**
     * Stores random batches (out of order, overlapping, some spanning hours, several events at one instant) the way
     * the window store keeps them, and reads them back through the merges: the times must be those of all events
     * sorted, cut at the limit.
     */
    @Property(tries = 300)
    void readsGiveTheEventsOfAllRunsInTimeOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int limit) {
        Random random = new Random(seed);
        List<KeyValue<Long, TelemetryBatch>> stored = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        int batches = 1 + random.nextInt(12);
        for (int b = 0; b < batches; b++) {
            List<Instant> times = new ArrayList<>();
            long spread = random.nextBoolean() ? 30_000 : 3 * 3_600_000;
            Instant start = T0.plusMillis(random.nextInt(3_600_000));
            for (int e = random.nextInt(60); e >= 0; e--) {
                Instant ts = start.plusNanos(
                        (long) (random.nextDouble() * spread) * 1_000_000 + random.nextInt(1000) * 1000L);
                times.add(ts);
                if (random.nextInt(10) == 0) {
                    times.add(ts);
                }
            }
            times.forEach(ts -> all.add(EpochMicros.of(ts)));
            RecentRuns.of(batch(b, times)).forEach(run -> stored.add(KeyValue.pair(run.newestMillis(), run.batch())));
        }
        // the window store's order: by time, then as written
        List<KeyValue<Long, TelemetryBatch>> byTime = new ArrayList<>(stored);
        byTime.sort(Comparator.comparingLong(run -> run.key));
        List<KeyValue<Long, TelemetryBatch>> backward = new ArrayList<>(byTime);
        Collections.reverse(backward);
        all.sort(Comparator.naturalOrder());
        List<Long> newest = new ArrayList<>(all);
        Collections.reverse(newest);

        assertThat(micros(RecentRuns.newestFirst(backward.iterator(), TelemetryBatch::getEvents, limit)))
                .containsExactlyElementsOf(newest.subList(0, Math.min(limit, newest.size())));

        long since = all.get(random.nextInt(all.size())) - random.nextInt(2);
        long sinceMillis = Math.floorDiv(since, 1000);
        List<Long> atOrAfter = all.stream().filter(micros -> micros >= since).toList();
        assertThat(micros(RecentRuns.oldestFirst(
                        byTime.stream().filter(run -> run.key >= sinceMillis).iterator(),
                        TelemetryBatch::getEvents,
                        Instant.EPOCH.plusNanos(since * 1000),
                        limit)))
                .containsExactlyElementsOf(atOrAfter.subList(0, Math.min(limit, atOrAfter.size())));
    }

    @Property(tries = 100)
    void everyRunIsSortedAndSpansAtMostAMinute(@ForAll long seed) {
        Random random = new Random(seed);
        List<Instant> times = new ArrayList<>();
        for (int e = random.nextInt(200); e >= 0; e--) {
            times.add(T0.plusMillis(random.nextInt(10 * 60_000)));
        }

        List<RecentRuns.Run> runs = RecentRuns.of(batch(0, times));

        assertThat(runs.stream().mapToInt(run -> run.batch().getEvents().size()).sum())
                .isEqualTo(times.size());
        for (RecentRuns.Run run : runs) {
            List<Instant> ts =
                    run.batch().getEvents().stream().map(TelemetryEvent::getTs).toList();
            assertThat(ts).isSorted();
            assertThat(ts.get(ts.size() - 1).toEpochMilli()).isEqualTo(run.newestMillis());
            assertThat(ts.get(0).plus(RecentRuns.MAX_SPAN)).isAfterOrEqualTo(ts.get(ts.size() - 1));
        }
    }

    private static List<Long> micros(List<TelemetryEvent> events) {
        return events.stream().map(event -> EpochMicros.of(event.getTs())).toList();
    }

    /** A batch whose event {@code i} is at {@code times[i]} with {@code {"i": i}}. */
    private static TelemetryBatch batch(int number, List<Instant> times) {
        List<TelemetryEvent> events = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            events.add(new TelemetryEvent(times.get(i), Map.of("i", (double) i)));
        }
        return TelemetryBatch.newBuilder()
                .setBatchId("b" + number)
                .setProjectId("p")
                .setDeviceId("d")
                .setReceivedAt(T0)
                .setEvents(events)
                .build();
    }
}
