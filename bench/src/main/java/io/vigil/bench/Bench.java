package io.vigil.bench;

import io.vigil.bench.delivery.DeliveryArrivalsHarness;
import io.vigil.bench.delivery.DeliveryBenchSizes;
import io.vigil.bench.delivery.DeliverySweepHarness;
import io.vigil.bench.fault.Soak;
import io.vigil.bench.harness.Harness;
import io.vigil.bench.harness.HarnessResult;
import io.vigil.bench.harness.HarnessRunner;
import io.vigil.bench.reader.CsvThroughputHarness;
import io.vigil.bench.reader.ReaderBenchSizes;
import io.vigil.bench.reader.SmallObjectsHarness;
import io.vigil.bench.sensor.SensorBenchSizes;
import io.vigil.bench.sensor.SensorLatencyHarness;
import io.vigil.bench.sensor.SensorPipelineHarness;
import io.vigil.bench.telemetry.TelemetryBenchSizes;
import io.vigil.bench.telemetry.TelemetryIngestHarness;
import io.vigil.bench.uptime.UptimeBenchSizes;
import io.vigil.bench.uptime.UptimePollsHarness;
import io.vigil.bench.uptime.UptimeQueryLatencyHarness;
import io.vigil.bench.uptime.UptimeReportHarness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Entry point of the benchmark jar: {@code jmh [JMH options]} runs the JMH benchmarks, {@code harness [--rounds N]
 * [--warmup N] [name...]} runs the end-to-end harnesses and prints a Markdown table for {@code docs/benchmarks.md}.
 */
public final class Bench {

    private static final Map<String, Supplier<Harness>> HARNESSES = Map.of(
            "delivery-sweep",
            () -> DeliverySweepHarness.create(DeliveryBenchSizes.from(System.getProperties())),
            "delivery-arrivals",
            () -> DeliveryArrivalsHarness.create(DeliveryBenchSizes.from(System.getProperties())),
            "reader-csv-throughput",
            () -> CsvThroughputHarness.create(ReaderBenchSizes.from(System.getProperties())),
            "reader-small-objects",
            () -> SmallObjectsHarness.create(ReaderBenchSizes.from(System.getProperties())),
            "sensor-pipeline",
            () -> SensorPipelineHarness.create(SensorBenchSizes.from(System.getProperties())),
            "sensor-latency",
            SensorLatencyHarness::create,
            "uptime-report",
            () -> UptimeReportHarness.create(UptimeBenchSizes.from(System.getProperties())),
            "uptime-polls",
            () -> UptimePollsHarness.create(UptimeBenchSizes.from(System.getProperties())),
            "uptime-query-latency",
            () -> UptimeQueryLatencyHarness.create(UptimeBenchSizes.from(System.getProperties())),
            "telemetry-ingest",
            () -> TelemetryIngestHarness.create(TelemetryBenchSizes.from(System.getProperties())));

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("jmh", "harness", "soak").contains(args[0])) {
            System.err.println("usage: vigil-bench jmh [JMH options] | harness [--rounds N] [--warmup N] ["
                    + String.join("|", HARNESSES.keySet()) + "] | soak [--minutes 30] [--seed N]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(rest);
        } else if (args[0].equals("soak")) {
            System.exit(Soak.run(rest));
        } else {
            runHarnesses(rest);
        }
    }

    private static void runHarnesses(String[] args) throws Exception {
        int rounds = 5;
        int warmUps = 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--warmup")) {
                warmUps = Integer.parseInt(args[++i]);
            } else if (HARNESSES.containsKey(args[i])) {
                names.add(args[i]);
            } else {
                throw new IllegalArgumentException("Unknown harness '" + args[i] + "'; known: " + HARNESSES.keySet());
            }
        }
        if (names.isEmpty()) {
            names.addAll(HARNESSES.keySet());
        }
        HarnessRunner runner = new HarnessRunner(rounds, warmUps, System.out);
        List<HarnessResult> results = new ArrayList<>();
        for (String name : names) {
            try (Harness harness = HARNESSES.get(name).get()) {
                results.add(runner.run(harness));
            }
        }
        System.out.println("| harness | baseline | candidate | ratio | rounds |");
        System.out.println("|---|---|---|---|---|");
        results.forEach(result -> System.out.println(result.toMarkdownRow()));
    }
}
