package io.vigil.bench.uptime;

import io.vigil.bench.harness.Harness;
import io.vigil.topology.uptime.time.ReportRowFormat;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Milliseconds to an all-store report (candidate: {@code POST /trigger_report {"at":"latest"}} until {@code GET
 * /get_report/{id}} answers 200 with the CSV, in a whole Vigil instance holding the data set) against the original
 * algorithm counting every store's hour, day and week minute by minute over the same data in this JVM (baseline).
 * Every candidate round checks every row of the report against the baseline's figures to 0.01 and fails the run,
 * naming the store, if one differs.
 */
public final class UptimeReportHarness implements Harness {

    private static final Logger log = LoggerFactory.getLogger(UptimeReportHarness.class);
    private static final Duration REPORT_TIMEOUT = Duration.ofMinutes(30);
    /** Against a report of a second or more, a poll every 20 ms adds little to the figure and takes little CPU. */
    private static final Duration POLL = Duration.ofMillis(20);

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final LoadedUptime loaded;
    private final Instant reference;
    private Map<String, UptimeFigures> expected;
    private double lastBaseline = Double.NaN;
    private double lastCandidate = Double.NaN;
    private int rowsChecked;

    private UptimeReportHarness(LoadedUptime loaded) {
        this.loaded = loaded;
        this.reference = loaded.inputs().latestPoll();
    }

    /**
     * Generates the data set (not timed). Vigil starts and takes the data set, also untimed, before the first
     * candidate round, so that the baseline runs while the instance is not yet there.
     */
    public static UptimeReportHarness create(UptimeBenchSizes sizes) {
        try {
            return new UptimeReportHarness(LoadedUptime.prepare(sizes));
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up uptime-report", e);
        }
    }

    @Override
    public String name() {
        return "uptime-report";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public String baselineDescription() {
        return "minute-by-minute original algorithm, "
                + loaded.inputs().stores().size() + " stores, "
                + loaded.inputs().pollCount() + " polls, one thread";
    }

    @Override
    public String candidateDescription() {
        return String.format(
                Locale.ROOT,
                "POST /trigger_report to GET /get_report 200, %d rows equal to 0.01; last round %.1fx faster",
                rowsChecked,
                lastBaseline / lastCandidate);
    }

    @Override
    public double measureBaseline() {
        long start = System.nanoTime();
        Map<String, UptimeFigures> figures = MinuteByMinuteReport.of(loaded.inputs(), reference);
        long rendered = figures.entrySet().stream()
                .mapToLong(entry -> ReportRowFormat.original()
                        .row(entry.getKey(), entry.getValue())
                        .length())
                .sum();
        lastBaseline = (System.nanoTime() - start) / NANOS_PER_MILLI;
        expected = figures;
        log.info("uptime-report baseline: {} ms for {} characters of rows", format(lastBaseline), rendered);
        return lastBaseline;
    }

    @Override
    public double measureCandidate() throws Exception {
        loaded.started();
        long start = System.nanoTime();
        String reportId = loaded.api().triggerReport();
        String csv = loaded.api().awaitReport(reportId, POLL, REPORT_TIMEOUT);
        lastCandidate = (System.nanoTime() - start) / NANOS_PER_MILLI;
        rowsChecked = ReportCheck.requireSame(expected(), csv);
        log.info(
                "uptime-report candidate: {} ms, {} rows equal to the minute-by-minute figures",
                format(lastCandidate),
                rowsChecked);
        return lastCandidate;
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private Map<String, UptimeFigures> expected() {
        if (expected == null) {
            measureBaseline();
        }
        return expected;
    }

    @Override
    public void close() {
        loaded.close();
    }
}
