package io.vigil.bench.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The interactive-query answers of a scenario, added up round by round; any wrong answer fails the scenario. */
final class ProbeTally {

    private static final int WRONG_ANSWERS_SHOWN = 3;

    private int correct;
    private int unavailable;
    private final List<String> wrong = new ArrayList<>();

    synchronized QueryProbe.Round add(QueryProbe.Round round) {
        correct += round.correct();
        unavailable += round.unavailable();
        wrong.addAll(round.wrong());
        return round;
    }

    synchronized void report(Map<String, String> figures) {
        figures.put("queries correct", Integer.toString(correct));
        figures.put("503 with Retry-After", Integer.toString(unavailable));
        figures.put("wrong answers", Integer.toString(wrong.size()));
        if (!wrong.isEmpty()) {
            figures.put(
                    ScenarioReport.FAILURE,
                    "wrong answers, e.g. " + wrong.subList(0, Math.min(WRONG_ANSWERS_SHOWN, wrong.size())));
        }
    }
}
