package io.vigil.bench.harness;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs harnesses round by round, alternating baseline and candidate (and which goes first) so that drift on a noisy
 * machine hits both alike, after unrecorded warm-up rounds of each (one by default; a harness whose first round mostly
 * loads data leaves its steady-state code barely compiled, and takes more).
 */
public final class HarnessRunner {

    private final int rounds;
    private final int warmUps;
    private final PrintStream out;

    public HarnessRunner(int rounds, PrintStream out) {
        this(rounds, 1, out);
    }

    public HarnessRunner(int rounds, int warmUps, PrintStream out) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        if (warmUps < 1) {
            throw new IllegalArgumentException("warm-up rounds must be at least 1, was " + warmUps);
        }
        this.rounds = rounds;
        this.warmUps = warmUps;
        this.out = out;
    }

    public HarnessResult run(Harness harness) throws Exception {
        for (int round = 0; round < warmUps; round++) {
            harness.measureBaseline();
            harness.measureCandidate();
        }
        List<Double> baseline = new ArrayList<>();
        List<Double> candidate = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                baseline.add(harness.measureBaseline());
                candidate.add(harness.measureCandidate());
            } else {
                candidate.add(harness.measureCandidate());
                baseline.add(harness.measureBaseline());
            }
        }
        HarnessResult result = new HarnessResult(harness.name(), harness.unit(), baseline, candidate);
        out.printf(
                "%s: baseline (%s) %s, candidate (%s) %s, ratio %.2f (%s)%n",
                result.name(),
                harness.baselineDescription(),
                format(result.baselineMedian(), result.unit()),
                harness.candidateDescription(),
                format(result.candidateMedian(), result.unit()),
                result.ratio(),
                harness.higherIsBetter() ? "higher is better" : "lower is better");
        return result;
    }

    private static String format(double value, String unit) {
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, unit);
    }
}
