package io.vigil.bench.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.expectation.ExpectationValidator;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryWorkloadTest {

    private static final DeliveryBenchSizes SIZES = new DeliveryBenchSizes(1_000, 10, 1);

    private final DeliveryWorkload sweeps = DeliveryWorkload.forSweeps(SIZES);
    private final DeliveryWorkload arrivals = DeliveryWorkload.forArrivals(SIZES);

    @Test
    void shouldMonitorOnlyOnePercentFromTheStartWhenSweeping() {
        Map<Boolean, Long> startedAtOnce = IntStream.range(0, 1_000)
                .mapToObj(sweeps::expectation)
                .peek(expectation ->
                        assertThat(ExpectationValidator.validate(expectation)).isEmpty())
                .collect(Collectors.partitioningBy(
                        expectation -> expectation.getActiveFrom().equals(DeliveryWorkload.START),
                        Collectors.counting()));

        assertThat(startedAtOnce).containsEntry(true, 10L).containsEntry(false, 990L);
        assertThat(sweeps.dueStreams().mapToObj(sweeps::expectation))
                .hasSize(sweeps.dueCount())
                .allSatisfy(expectation ->
                        assertThat(expectation.getCutoffTimeLocal()).isEqualTo("00:01"));
        assertThat(sweeps.sweepAt(2)).isEqualTo(Instant.parse("2026-01-07T00:01:00Z"));
    }

    @Test
    void shouldMonitorEveryStreamFromTheStartForArrivals() {
        assertThat(IntStream.range(0, 1_000).mapToObj(arrivals::expectation))
                .allSatisfy(
                        expectation -> assertThat(expectation.getActiveFrom()).isEqualTo(DeliveryWorkload.START));
    }

    @Test
    void shouldSpreadStreamsEvenlyOverBuckets() {
        Map<String, Long> streamsPerBucket = IntStream.range(0, 1_000)
                .mapToObj(arrivals::expectation)
                .collect(Collectors.groupingBy(Expectation::getBucket, Collectors.counting()));

        assertThat(streamsPerBucket).hasSize(10).allSatisfy((bucket, streams) -> assertThat(streams)
                .isEqualTo(100));
    }

    @Test
    void shouldLandEachArrivalUnderItsStreamsPrefixBeforeItsCutoff() {
        S3ObjectEvent arrival = arrivals.arrival(2_345);
        Expectation expectation = arrivals.expectation(345);

        assertThat(arrival.getBucket()).isEqualTo(expectation.getBucket());
        assertThat(arrival.getKey()).startsWith(expectation.getPrefix());
        assertThat(arrival.getEventTime()).isEqualTo(Instant.parse("2026-01-07T00:00:45Z"));
        assertThat(DeliveryWorkload.objectKey(arrival)).isEqualTo(arrival.getBucket() + "/" + arrival.getKey());
    }

    @Test
    void shouldLandLateFilesHalfAnHourAfterTheCutoffOfTheirDay() {
        S3ObjectEvent late = sweeps.lateArrival(300, 4);

        assertThat(late.getKey()).startsWith(sweeps.expectation(300).getPrefix());
        assertThat(late.getEventTime()).isEqualTo(Instant.parse("2026-01-09T00:31:00Z"));
        assertThat(late.getKey()).isNotEqualTo(sweeps.lateArrival(300, 5).getKey());
    }
}
