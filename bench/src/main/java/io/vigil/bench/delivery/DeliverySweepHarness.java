package io.vigil.bench.delivery;

import io.vigil.bench.harness.Harness;
import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.topology.delivery.StreamLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * One delivery sweep when 1% of the streams are due: through the due index ({@link StreamLedger#sweep}, the sweeper's
 * own code) against the same sweep by a full scan of {@code delivery-stream-state} that evaluates every stream
 * ({@link FullScanSweep}). Both work on the driver's stores and are timed up to, not including, the driver's commit:
 * the driver checks every record it captures against every source topic by compiling a regex, a cost per changelog
 * record that a broker does not have and that would swamp the sweep itself. Every stream has
 * {@value DeliveryWorkload#HISTORY_DAYS} days of files behind it; each measurement sweeps at the cutoff of the next
 * sweep group of the workload, so each finds another 1% newly overdue. Both sides must find exactly 1% owing one
 * overdue alert each, and the punctuator, run after each, must find nothing left to do, or the run fails.
 *
 * <p>The finding step alone is measured too, untimed for the ratio: the due index's range against a scan that reads
 * each state's precomputed {@code next_action_at}.
 */
public final class DeliverySweepHarness implements Harness {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final DeliveryWorkload workload;
    private final DeliveryDriver driver;
    private final FullScanSweep fullScan;
    private final StreamLedger ledger;
    private int group;
    private FullScanSweep.Outcome baselineOutcome;
    private int candidateFound = -1;
    private final List<Double> scanMillis = new ArrayList<>();
    private final List<Double> indexRangeMillis = new ArrayList<>();

    private DeliverySweepHarness(DeliveryWorkload workload, DeliveryDriver driver) {
        this.workload = workload;
        this.driver = driver;
        this.fullScan = new FullScanSweep(driver);
        this.ledger = driver.ledger();
    }

    /** Loads every expectation into the whole topology and gives every stream its history (not timed). */
    public static DeliverySweepHarness create(DeliveryBenchSizes sizes) {
        DeliveryWorkload workload = new DeliveryWorkload(sizes);
        DeliverySweepHarness harness = new DeliverySweepHarness(workload, DeliveryDriver.wholeTopology(workload));
        try {
            harness.driver.recordHistory();
            requireAlerts("after loading the expectations and their history", harness.driver.readAlerts(), 0, null);
        } catch (RuntimeException e) {
            harness.close();
            throw e;
        }
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
                "full scan evaluating %d streams, %d owed alerts; finding alone by scanning next_action_at %.1f ms",
                baselineOutcome.evaluated(),
                baselineOutcome.stored(),
                median(scanMillis));
    }

    @Override
    public String candidateDescription() {
        return String.format(
                Locale.ROOT,
                "sweep through the due index, index range alone %.1f ms, found %d due",
                median(indexRangeMillis),
                candidateFound);
    }

    @Override
    public double measureBaseline() {
        Instant now = nextSweep();
        scanForDue(now);
        long start = System.nanoTime();
        FullScanSweep.Outcome outcome = fullScan.sweep(now);
        double millis = (System.nanoTime() - start) / NANOS_PER_MILLI;
        requireDue("full-scan sweep, in streams it stored,", outcome.stored());
        requireDue("full-scan sweep, in alerts owed,", outcome.alerts());
        commit(now);
        baselineOutcome = outcome;
        return millis;
    }

    @Override
    public double measureCandidate() {
        Instant now = nextSweep();
        readDueIndex(now);
        List<DeliveryAlert> alerts = new ArrayList<>();
        long start = System.nanoTime();
        ledger.sweep(now, (streamKey, owed) -> alerts.addAll(owed));
        double millis = (System.nanoTime() - start) / NANOS_PER_MILLI;
        requireAlerts("from the due-index sweep", alerts, workload.dueCount(), AlertKind.overdue);
        commit(now);
        candidateFound = alerts.size();
        return millis;
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Moves the driver's wall clock to {@code now}: it commits, and its punctuator must find nothing left to do. */
    private void commit(Instant now) {
        driver.advanceWallClockTo(now);
        requireAlerts("from the punctuator after the sweep", driver.readAlerts(), 0, null);
    }

    private Instant nextSweep() {
        return workload.sweepAt(group++);
    }

    /** Finds, untimed for the sweep, the due streams by scanning {@code next_action_at}; records how long it took. */
    private void scanForDue(Instant now) {
        long start = System.nanoTime();
        int due = fullScan.countDueByScan(now);
        scanMillis.add((System.nanoTime() - start) / NANOS_PER_MILLI);
        requireDue("scan of next_action_at", due);
    }

    /**
     * Reads, untimed for the sweep, what the sweeper's finding step reads: the due index up to {@code now}. Records how
     * long that took and fails the run unless it holds exactly the 1%.
     */
    private void readDueIndex(Instant now) {
        long start = System.nanoTime();
        int due = 0;
        try (KeyValueIterator<String, String> entries =
                driver.dueIndex().range(null, StreamLedger.indexKey(now, "\uffff"))) {
            while (entries.hasNext()) {
                entries.next();
                due++;
            }
        }
        indexRangeMillis.add((System.nanoTime() - start) / NANOS_PER_MILLI);
        requireDue("due index", due);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Fails the run unless {@code how} found exactly as many due as the workload made due. */
    void requireDue(String how, int found) {
        if (found != workload.dueCount()) {
            throw new IllegalStateException(String.format(
                    "The %s found %d due; the workload makes exactly %d due", how, found, workload.dueCount()));
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
