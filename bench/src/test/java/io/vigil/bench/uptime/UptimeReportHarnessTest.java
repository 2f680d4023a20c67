package io.vigil.bench.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class UptimeReportHarnessTest {

    @Test
    void shouldTimeAReportWhoseEveryRowEqualsTheMinuteByMinuteFigures() throws Exception {
        try (UptimeReportHarness harness = UptimeReportHarness.create(new UptimeBenchSizes(40, 90, 1, 1))) {
            assertThat(harness.measureBaseline()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();
            assertThat(harness.measureCandidate()).isPositive();

            assertThat(harness.baselineDescription()).contains("40 stores, 5120 polls");
            assertThat(harness.candidateDescription()).contains("40 rows equal to 0.01");
        }
    }
}
