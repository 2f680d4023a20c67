package io.vigil.bench.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The fault scenarios of the CI suite, round after round on one stack with a larger workload, for as long as asked:
 * {@code vigil-bench soak [--minutes 30] [--seed N]}. Prints every scenario's line and ends 1 if any failed.
 */
public final class Soak {

    private Soak() {}

    public static int run(String[] args) throws Exception {
        Duration length = Duration.ofMinutes(30);
        long seed = 1L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> length = Duration.ofMinutes(Long.parseLong(args[++i]));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("Unknown soak option '" + args[i] + "'");
            }
        }
        Path root = Files.createTempDirectory("vigil-soak-");
        System.out.println("Soak for " + length.toMinutes() + " min, seed " + seed + ", data and logs under " + root);
        long deadline = System.nanoTime() + length.toNanos();
        List<ScenarioReport> failed = new ArrayList<>();
        int rounds = 0;
        try (FaultHarness harness = FaultHarness.start(root, WorkloadSize.soak(), seed)) {
            while (System.nanoTime() < deadline) {
                rounds++;
                for (Callable<ScenarioReport> scenario : List.<Callable<ScenarioReport>>of(
                        harness::killInstanceMidLoad,
                        harness::stopBrokerMidLoad,
                        harness::webhookOutage,
                        harness::restartWholeStack,
                        harness::killInstanceMidReport)) {
                    ScenarioReport report = scenario.call();
                    System.out.println("round " + rounds + ", " + report.line());
                    if (!report.passed()) {
                        failed.add(report);
                    }
                }
            }
        }
        System.out.println(rounds + " rounds, " + failed.size() + " scenario(s) failed");
        return failed.isEmpty() ? 0 : 1;
    }
}
