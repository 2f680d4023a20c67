package io.vigil.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessRunnerTest {

    /** Returns scripted figures and records the order in which the runner asked for them. */
    private static final class ScriptedHarness implements Harness {
        final List<String> calls = new ArrayList<>();
        private int baselineCalls;
        private int candidateCalls;

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public String unit() {
            return "ops/s";
        }

        @Override
        public boolean higherIsBetter() {
            return true;
        }

        @Override
        public String baselineDescription() {
            return "old";
        }

        @Override
        public String candidateDescription() {
            return "new";
        }

        @Override
        public double measureBaseline() {
            calls.add("B");
            return 100 + baselineCalls++;
        }

        @Override
        public double measureCandidate() {
            calls.add("C");
            return 200 + 2 * candidateCalls++;
        }
    }

    @Test
    void shouldWarmUpThenAlternateWhichSideGoesFirst() throws Exception {
        ScriptedHarness harness = new ScriptedHarness();

        new HarnessRunner(3, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(harness);

        assertThat(harness.calls).containsExactly("B", "C", "B", "C", "C", "B", "B", "C");
    }

    @Test
    void shouldRecordNothingOfTheWarmUpRoundsAskedFor() throws Exception {
        ScriptedHarness harness = new ScriptedHarness();

        HarnessResult result = new HarnessRunner(
                        1, 3, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(harness);

        assertThat(harness.calls).containsExactly("B", "C", "B", "C", "B", "C", "B", "C");
        assertThat(result.baseline()).containsExactly(103.0);
        assertThat(result.candidate()).containsExactly(206.0);
    }

    @Test
    void shouldReportMediansOfRecordedRoundsAndTheirRatio() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        HarnessResult result =
                new HarnessRunner(3, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(new ScriptedHarness());

        assertThat(result.baseline()).containsExactly(101.0, 102.0, 103.0);
        assertThat(result.candidate()).containsExactly(202.0, 204.0, 206.0);
        assertThat(result.ratio()).isEqualTo(204.0 / 102.0);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ratio 2.00");
        assertThat(result.toMarkdownRow()).isEqualTo("| scripted | 102.0 ops/s | 204.0 ops/s | 2.00 | 3 |");
    }

    @Test
    void shouldTakeTheMeanOfTheMiddlePairForAnEvenCount() {
        assertThat(HarnessResult.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void shouldRefuseZeroRounds() {
        assertThatThrownBy(() -> new HarnessRunner(0, System.err)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new HarnessRunner(1, 0, System.err)).hasMessageContaining("warm-up");
    }
}
