package io.vigil.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rounds of one harness run and what they add up to: medians and the candidate-to-baseline ratio. */
public record HarnessResult(String name, String unit, List<Double> baseline, List<Double> candidate) {

    public HarnessResult {
        if (baseline.isEmpty() || baseline.size() != candidate.size()) {
            throw new IllegalArgumentException("Need the same, non-zero number of baseline and candidate rounds");
        }
        baseline = List.copyOf(baseline);
        candidate = List.copyOf(candidate);
    }

    public double baselineMedian() {
        return median(baseline);
    }

    public double candidateMedian() {
        return median(candidate);
    }

    /** Candidate median over baseline median. */
    public double ratio() {
        return candidateMedian() / baselineMedian();
    }

    public String toMarkdownRow() {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f %s | %.1f %s | %.2f | %d |",
                name,
                baselineMedian(),
                unit,
                candidateMedian(),
                unit,
                ratio(),
                baseline.size());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
