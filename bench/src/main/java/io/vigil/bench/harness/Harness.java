package io.vigil.bench.harness;

/**
 * An end-to-end benchmark that measures one figure twice in the same run: for the baseline and for the candidate.
 * Only their ratio is reported as a result, because on a shared, noisy machine absolute figures drift between runs.
 */
public interface Harness extends AutoCloseable {

    String name();

    /** What the figure counts, e.g. {@code records/s}. */
    String unit();

    /** Whether a larger figure is better (throughput) or worse (latency). */
    boolean higherIsBetter();

    String baselineDescription();

    String candidateDescription();

    double measureBaseline() throws Exception;

    double measureCandidate() throws Exception;

    @Override
    default void close() throws Exception {}
}
