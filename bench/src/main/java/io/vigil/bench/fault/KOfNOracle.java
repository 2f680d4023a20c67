package io.vigil.bench.fault;

import java.util.ArrayList;
import java.util.List;

/**
 * The k-of-n rule recomputed the slow, obvious way for the oracle: after each reading, count the breaches among the
 * last min(n, seen) readings. With a cooldown of 0 every reading that satisfies the rule fires, so the oracle needs no
 * clock. Deliberately independent of the production ring.
 */
final class KOfNOracle {

    private final double threshold;
    private final int windowN;
    private final int requiredK;
    private final List<Boolean> breaches = new ArrayList<>();

    KOfNOracle(double threshold, int windowN, int requiredK) {
        this.threshold = threshold;
        this.windowN = windowN;
        this.requiredK = requiredK;
    }

    /** Takes the next reading of the device (rule {@code value > threshold}); true when it fires an alert. */
    boolean fires(double value) {
        breaches.add(value > threshold);
        List<Boolean> window = breaches.subList(Math.max(0, breaches.size() - windowN), breaches.size());
        return window.stream().filter(Boolean::booleanValue).count() >= requiredK;
    }
}
