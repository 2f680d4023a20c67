package io.vigil.bench.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one scenario did and saw: readings and input records sent, alerts out on the topics so far, the verdict
 * against the oracle over everything sent so far, and the scenario's own figures (fail-over seconds and the like).
 */
record ScenarioReport(
        String scenario, int events, int inputs, int alertsOut, Verdict verdict, Map<String, String> figures) {

    ScenarioReport {
        figures = new LinkedHashMap<>(figures);
    }

    /** Whether every predicted output is there exactly once and the scenario's own checks held. */
    boolean passed() {
        return verdict.exact() && !figures.containsKey(FAILURE);
    }

    static final String FAILURE = "failure";

    /** One line, e.g. {@code kill -9 mid-load: events in 1440, ... duplicates 0, lost 0, fail-over 8.4 s}. */
    String line() {
        String own = figures.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return ("%s: events in %d (%d input records), alerts out %d, outputs expected %d, duplicates %d, lost %d,"
                        + " unexpected %d, answers expected %d, unanswered %d%s")
                .formatted(
                        scenario,
                        events,
                        inputs,
                        alertsOut,
                        verdict.expected(),
                        verdict.duplicates(),
                        verdict.lost(),
                        verdict.unexpected(),
                        verdict.answers(),
                        verdict.unanswered(),
                        own.isEmpty() ? "" : ", " + own);
    }
}
