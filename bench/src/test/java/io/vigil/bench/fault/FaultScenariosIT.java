package io.vigil.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The fault scenarios on one stack (three brokers, two Vigil processes), in order, over one growing workload: after
 * each, every output the oracle predicts for everything sent so far must be on its topic exactly once and the API must
 * settle on every answer it predicts. The child processes' logs stay under {@code target/fault-scenarios-*} for a
 * failure's post-mortem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FaultScenariosIT {

    private static final long SEED = 20261123L;

    private FaultHarness harness;

    @BeforeAll
    void startStack() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "fault-scenarios-" + System.currentTimeMillis()));
        harness = FaultHarness.start(root, WorkloadSize.ci(), SEED);
    }

    @AfterAll
    void stopStack() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    @Order(1)
    void killedInstanceLosesAndDoublesNothingWhileItsPeerAnswersCorrectly() throws Exception {
        assertPassed(harness.killInstanceMidLoad());
    }

    @Test
    @Order(2)
    void stoppedBrokerLosesAndDoublesNothing() throws Exception {
        assertPassed(harness.stopBrokerMidLoad());
    }

    @Test
    @Order(3)
    void failingReceiverOpensItsBreakerAndGetsTheWholeBacklogAfterwards() throws Exception {
        assertPassed(harness.webhookOutage());
    }

    @Test
    @Order(4)
    void restartedStackCarriesOnFromItsStateWithoutRecomputing() throws Exception {
        assertPassed(harness.restartWholeStack());
    }

    @Test
    @Order(5)
    void reportAskedOfAKilledInstanceIsCompletedByItsPeerWithEveryLineRight() throws Exception {
        assertPassed(harness.killInstanceMidReport());
    }

    private static void assertPassed(ScenarioReport report) {
        System.out.println(report.line());
        assertThat(report.passed()).as(report.line()).isTrue();
    }
}
