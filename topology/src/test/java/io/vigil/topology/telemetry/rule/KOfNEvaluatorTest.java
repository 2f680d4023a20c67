package io.vigil.topology.telemetry.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.telemetry.RuleOperator;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.RuleWindow;
import io.vigil.schema.telemetry.TelemetryRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KOfNEvaluatorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void readmeExampleFiresOnceAtTheFifthOfFiveBreachingReadings() {
        TelemetryRule rule = rule(RuleOperator.GT, 80, 5, 5, 0);

        List<Integer> firedAt = evaluate(rule, null, 95, 96, 97, 98, 99);

        assertThat(firedAt).containsExactly(4);
    }

    @Test
    void firesWhenKOfTheLastNBreachEvenWithGapsBetweenThem() {
        TelemetryRule rule = rule(RuleOperator.GE, 10, 4, 2, 0);

        assertThat(evaluate(rule, null, 10, 1, 1, 1, 1, 12, 3, 11)).containsExactly(7);
    }

    @Test
    void readingsThatLeaveTheWindowNoLongerCount() {
        TelemetryRule rule = rule(RuleOperator.GT, 0, 3, 3, 0);

        assertThat(evaluate(rule, null, 1, 1, -1, 1, 1, -1, 1, 1, 1)).containsExactly(8);
    }

    @Test
    void cooldownHoldsBackAlertsUntilItsEndThenFiresAgain() {
        TelemetryRule rule = rule(RuleOperator.GT, 80, 1, 1, 60);
        KOfNEvaluator evaluator = KOfNEvaluator.resume(rule, null);

        assertThat(evaluator.take(90, T0).fires()).isTrue();
        assertThat(evaluator.take(90, T0.plusSeconds(59)).fires()).isFalse();
        assertThat(evaluator.take(90, T0.plusSeconds(60)).fires()).isTrue();
    }

    @Test
    void everyBreachingReadingFiresWithoutCooldown() {
        TelemetryRule rule = rule(RuleOperator.LT, 0, 1, 1, 0);

        assertThat(evaluate(rule, null, -1, -2, 5, -3)).containsExactly(0, 1, 3);
    }

    @Test
    void storedWindowCarriesOnWhereTheLastBatchStopped() {
        TelemetryRule rule = rule(RuleOperator.GT, 80, 5, 3, 0);
        KOfNEvaluator first = KOfNEvaluator.resume(rule, null);
        first.take(90, T0);
        first.take(90, T0.plusSeconds(1));
        RuleWindow stored = first.window();

        KOfNEvaluator second = KOfNEvaluator.resume(rule, stored);

        assertThat(second.take(90, T0.plusSeconds(2))).isEqualTo(new RuleVerdict(3, true));
    }

    @Test
    void changedWindowSizeStartsAfreshButKeepsTheCooldown() {
        TelemetryRule rule = rule(RuleOperator.GT, 80, 3, 2, 600);
        KOfNEvaluator first = KOfNEvaluator.resume(rule, null);
        first.take(90, T0);
        first.take(90, T0.plusSeconds(1));
        RuleWindow stored = first.window();
        TelemetryRule wider = rule(RuleOperator.GT, 80, 4, 2, 600);

        KOfNEvaluator second = KOfNEvaluator.resume(wider, stored);

        assertThat(second.take(90, T0.plusSeconds(2))).isEqualTo(new RuleVerdict(1, false));
        assertThat(second.take(90, T0.plusSeconds(3))).isEqualTo(new RuleVerdict(2, false));
        assertThat(second.window().getLastAlertTs()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void nanNeverBreaches() {
        assertThat(Comparisons.breaches(RuleOperator.NE, Double.NaN, 1)).isFalse();
        assertThat(Comparisons.breaches(RuleOperator.NE, 2, 1)).isTrue();
        assertThat(Comparisons.breaches(RuleOperator.EQ, 1, 1)).isTrue();
        assertThat(Comparisons.breaches(RuleOperator.LE, 1, 1)).isTrue();
    }

    @Test
    void operatorsParseFromTheirSymbols() {
        for (RuleOperator operator : RuleOperator.values()) {
            assertThat(Comparisons.parse(Comparisons.symbol(operator))).contains(operator);
        }
        assertThat(Comparisons.parse("=>")).isEmpty();
    }

    private static List<Integer> evaluate(TelemetryRule rule, RuleWindow stored, double... values) {
        KOfNEvaluator evaluator = KOfNEvaluator.resume(rule, stored);
        List<Integer> fired = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (evaluator.take(values[i], T0.plusSeconds(i)).fires()) {
                fired.add(i);
            }
        }
        return fired;
    }

    static TelemetryRule rule(RuleOperator operator, double threshold, int n, int k, long cooldownSeconds) {
        return TelemetryRule.newBuilder()
                .setRuleId("r1")
                .setProjectId("p1")
                .setName("hot")
                .setMetric("temperature")
                .setOperator(operator)
                .setThreshold(threshold)
                .setWindowN(n)
                .setRequiredK(k)
                .setCooldownSeconds(cooldownSeconds)
                .setScope(RuleScope.ALL)
                .setCreatedAt(T0)
                .setUpdatedAt(T0)
                .build();
    }
}
