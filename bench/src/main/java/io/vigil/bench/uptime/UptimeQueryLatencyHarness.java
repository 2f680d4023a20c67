package io.vigil.bench.uptime;

import io.vigil.bench.harness.Harness;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The 99th percentile of {@code GET /stores/{id}/uptime?at=latest} over random stores of the loaded data set
 * (candidate: an interactive query, one range scan of the store's week and the interval arithmetic) against {@code GET
 * /health} (baseline: the same HTTP path, client and server, with nothing behind it), one request at a time.
 */
public final class UptimeQueryLatencyHarness implements Harness {

    private static final long SEED = 13;

    private final LoadedUptime loaded;
    private final List<String> stores;
    private final int queries;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private double baselineMedian = Double.NaN;
    private double candidateMedian = Double.NaN;

    private UptimeQueryLatencyHarness(LoadedUptime loaded, int queries) {
        this.loaded = loaded;
        this.stores = List.copyOf(loaded.inputs().stores());
        this.queries = queries;
    }

    /** Generates the data set, starts Vigil and loads it (not timed). */
    public static UptimeQueryLatencyHarness create(UptimeBenchSizes sizes) {
        LoadedUptime loaded;
        try {
            loaded = LoadedUptime.prepare(sizes);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up uptime-query-latency", e);
        }
        try {
            return new UptimeQueryLatencyHarness(loaded.started(), sizes.queries());
        } catch (InterruptedException e) {
            loaded.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up uptime-query-latency", e);
        } catch (RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "uptime-query-latency";
    }

    @Override
    public String unit() {
        return "ms p99";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public String baselineDescription() {
        return String.format(Locale.ROOT, "GET /health x %d, last p50 %.2f ms", queries, baselineMedian);
    }

    @Override
    public String candidateDescription() {
        return String.format(
                Locale.ROOT,
                "GET /stores/{id}/uptime?at=latest x %d over %d stores, last p50 %.2f ms",
                queries,
                stores.size(),
                candidateMedian);
    }

    @Override
    public double measureBaseline() throws Exception {
        Latencies latencies = new Latencies(queries);
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            loaded.api().health();
            latencies.add(System.nanoTime() - start);
        }
        baselineMedian = latencies.percentile(50);
        return latencies.percentile(99);
    }

    @Override
    public double measureCandidate() throws Exception {
        Latencies latencies = new Latencies(queries);
        for (int i = 0; i < queries; i++) {
            String storeId = stores.get(random.nextInt(stores.size()));
            long start = System.nanoTime();
            loaded.api().uptime(storeId);
            latencies.add(System.nanoTime() - start);
        }
        candidateMedian = latencies.percentile(50);
        return latencies.percentile(99);
    }

    @Override
    public void close() {
        loaded.close();
    }
}
