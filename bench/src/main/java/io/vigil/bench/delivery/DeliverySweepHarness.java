package io.vigil.bench.delivery;

import io.vigil.bench.harness.Harness;
import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * One delivery sweep when 1% of the streams are due: through the due index (the real sweeper, run by moving the
 * driver's wall clock to the sweep instant) against the same sweep by a full scan of {@code delivery-stream-state}
 * ({@link FullScanSweep}). Each measurement takes the next day of the workload: before it, untimed, a late file for
 * each of the 1% closes the previous day's episode, which re-arms those streams for this day's sweep, so every
 * measurement finds the same streams due. Both sides must find exactly 1% due, each owing one overdue alert, and the
 * real sweeper must find nothing left after a full-scan sweep, or the run fails.
 */
public final class DeliverySweepHarness implements Harness {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final DeliveryWorkload workload;
    private final DeliveryDriver driver;
    private final FullScanSweep fullScan;
    private int day;
    private int baselineFound = -1;
    private int candidateFound = -1;
    private final List<Double> scanMillis = new ArrayList<>();
    private final List<Double> indexRangeMillis = new ArrayList<>();

    private DeliverySweepHarness(DeliveryWorkload workload, DeliveryDriver driver) {
        this.workload = workload;
        this.driver = driver;
        this.fullScan = new FullScanSweep(driver);
    }

    /** Loads every expectation into the whole topology (not timed). */
    public static DeliverySweepHarness create(DeliveryBenchSizes sizes) {
        DeliveryWorkload workload = DeliveryWorkload.forSweeps(sizes);
        DeliverySweepHarness harness = new DeliverySweepHarness(workload, DeliveryDriver.wholeTopology(workload));
        requireAlerts("after loading the expectations", harness.driver.readAlerts(), 0, null);
        return harness;
    }

    @Override
    public String name() {
        return "delivery-sweep";
    }

    @Override
    public String unit() {
        return "ms/sweep";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public String baselineDescription() {
        return String.format(
                Locale.ROOT,
                "full scan of %d stream states, finding alone %.1f ms, found %d due",
                workload.streams(),
                median(scanMillis),
                baselineFound);
    }

    @Override
    public String candidateDescription() {
        return String.format(
                Locale.ROOT,
                "due-index sweeper, index range alone %.1f ms, found %d due",
                median(indexRangeMillis),
                candidateFound);
    }

    @Override
    public double measureBaseline() {
        Instant now = nextSweep();
        long start = System.nanoTime();
        FullScanSweep.Outcome outcome = fullScan.sweep(now);
        double millis = (System.nanoTime() - start) / NANOS_PER_MILLI;
        requireDue("full scan", outcome.due(), outcome.alerts());
        scanMillis.add(outcome.findingNanos() / NANOS_PER_MILLI);
        driver.advanceWallClockTo(now);
        requireAlerts("from the sweeper after a full-scan sweep", driver.readAlerts(), 0, null);
        baselineFound = outcome.due();
        return millis;
    }

    @Override
    public double measureCandidate() {
        Instant now = nextSweep();
        readDueIndex(now);
        long start = System.nanoTime();
        driver.advanceWallClockTo(now);
        double millis = (System.nanoTime() - start) / NANOS_PER_MILLI;
        List<DeliveryAlert> alerts = driver.readAlerts();
        requireAlerts("from the due-index sweep", alerts, workload.dueCount(), AlertKind.overdue);
        candidateFound = alerts.size();
        return millis;
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Re-arms the 1% for the next day (untimed) and returns that day's sweep instant. */
    private Instant nextSweep() {
        if (day >= DeliveryWorkload.SWEEP_DAYS) {
            throw new IllegalStateException("The workload supports " + DeliveryWorkload.SWEEP_DAYS + " sweeps");
        }
        if (day > 0) {
            int previous = day - 1;
            driver.pipeObjects(workload.dueStreams()
                    .mapToObj(stream -> workload.lateArrival(stream, previous))
                    .toList());
            requireAlerts("from the late files", driver.readAlerts(), workload.dueCount(), AlertKind.resolved);
        }
        return workload.sweepAt(day++);
    }

    /**
     * Reads, untimed for the sweep, what the sweeper's finding step reads: the due index up to {@code now}. Records how
     * long that took and fails the run unless it holds exactly the 1%.
     */
    private void readDueIndex(Instant now) {
        long start = System.nanoTime();
        int due = 0;
        try (KeyValueIterator<String, String> entries =
                driver.dueIndex().range(null, FullScanSweep.indexKey(now, "\uffff"))) {
            while (entries.hasNext()) {
                entries.next();
                due++;
            }
        }
        indexRangeMillis.add((System.nanoTime() - start) / NANOS_PER_MILLI);
        if (due != workload.dueCount()) {
            throw new IllegalStateException(String.format(
                    "The due index holds %d streams due by %s; the workload makes exactly %d due",
                    due, now, workload.dueCount()));
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Fails the run unless a full scan found exactly the streams the workload made due, each owing one alert. */
    void requireDue(String how, int due, int alerts) {
        int expected = workload.dueCount();
        if (due != expected || alerts != expected) {
            throw new IllegalStateException(String.format(
                    "The %s sweep found %d due streams owing %d alerts; the workload makes exactly %d due",
                    how, due, alerts, expected));
        }
    }

    /** Fails the run unless {@code alerts} are {@code count} alerts, all of {@code kind}. */
    static void requireAlerts(String when, List<DeliveryAlert> alerts, int count, AlertKind kind) {
        long ofKind = alerts.stream().filter(alert -> alert.getKind() == kind).count();
        if (alerts.size() != count || ofKind != count) {
            throw new IllegalStateException(String.format(
                    "Expected %d %s alerts %s, got %s",
                    count,
                    kind == null ? "" : kind,
                    when,
                    alerts.stream().collect(Collectors.groupingBy(DeliveryAlert::getKind, Collectors.counting()))));
        }
    }
}
