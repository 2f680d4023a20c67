package io.vigil.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.expectation.ExpectationValidator;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryWorkloadTest {

    private static final DeliveryBenchSizes SIZES = new DeliveryBenchSizes(1_000, 10, 1);

    private final DeliveryWorkload workload = new DeliveryWorkload(SIZES);

    @Test
    void shouldPutOnePercentOfTheStreamsInEachSweepGroup() {
        Map<String, Long> streamsPerCutoff = IntStream.range(0, 1_000)
                .mapToObj(workload::expectation)
                .peek(expectation ->
                        assertThat(ExpectationValidator.validate(expectation)).isEmpty())
                .collect(Collectors.groupingBy(Expectation::getCutoffTimeLocal, Collectors.counting()));

        assertThat(streamsPerCutoff).hasSize(100).allSatisfy((cutoff, streams) -> assertThat(streams)
                .isEqualTo(workload.dueCount()));
        assertThat(workload.expectation(342).getCutoffTimeLocal()).isEqualTo("00:43");
    }

    @Test
    void shouldSweepEachGroupAtItsCutoffOnTheDayAfterTheHistory() {
        assertThat(workload.sweepDay()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(workload.sweepAt(0)).isEqualTo(Instant.parse("2026-01-15T00:01:00Z"));
        assertThat(workload.sweepAt(42)).isEqualTo(Instant.parse("2026-01-15T00:43:00Z"));
        assertThatThrownBy(() -> workload.sweepAt(100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSpreadStreamsEvenlyOverBuckets() {
        Map<String, Long> streamsPerBucket = IntStream.range(0, 1_000)
                .mapToObj(workload::expectation)
                .collect(Collectors.groupingBy(Expectation::getBucket, Collectors.counting()));

        assertThat(streamsPerBucket).hasSize(10).allSatisfy((bucket, streams) -> assertThat(streams)
                .isEqualTo(100));
    }

    @Test
    void shouldLandEachArrivalUnderItsStreamsPrefixBeforeEveryCutoffOfItsDay() {
        S3ObjectEvent arrival = workload.arrival(2_345);
        Expectation expectation = workload.expectation(345);

        assertThat(arrival.getBucket()).isEqualTo(expectation.getBucket());
        assertThat(arrival.getKey()).startsWith(expectation.getPrefix());
        assertThat(arrival.getEventTime()).isEqualTo(Instant.parse("2026-01-07T00:00:45Z"));
        assertThat(LocalTime.parse(expectation.getCutoffTimeLocal())).isAfter(LocalTime.of(0, 0, 59));
        assertThat(workload.dailyFile(345, 2)).isEqualTo(arrival);
        assertThat(workload.dailyFile(345, 3).getKey()).isNotEqualTo(arrival.getKey());
        assertThat(DeliveryWorkload.objectKey(arrival)).isEqualTo(arrival.getBucket() + "/" + arrival.getKey());
    }
}
