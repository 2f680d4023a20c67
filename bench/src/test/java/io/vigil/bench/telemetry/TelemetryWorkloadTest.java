package io.vigil.bench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryWorkloadTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldFireOnceEveryThousandEventsAndAlwaysOnTheBatchsLastFiringEvent() throws Exception {
        TelemetryWorkload workload = new TelemetryWorkload(new TelemetryBenchSizes(1_000, 200, 5_000, 20, 4), START);

        JsonNode events = JSON.readTree(workload.json(0, 7)).path("events");

        List<Integer> firing = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("data").path(TelemetryWorkload.SPIKE_METRIC).asDouble()
                    > TelemetryWorkload.SPIKE_THRESHOLD) {
                firing.add(i);
            }
        }
        assertThat(firing).containsExactly(999, 1_999, 2_999, 3_999, 4_999);
        assertThat(workload.alertsPerRound()).isEqualTo(1_000);
        assertThat(workload.ruleBodies()).hasSize(20);
    }

    @Test
    void shouldFireOncePerBatchWhenBatchesAreSmallerThanTheFirePeriod() {
        TelemetryWorkload workload = new TelemetryWorkload(new TelemetryBenchSizes(5, 3, 50, 2, 4), START);

        assertThat(workload.alertsPerBatch()).isEqualTo(1);
        assertThat(workload.alertsPerRound()).isEqualTo(3);
    }

    @Test
    void shouldGiveTheBaselineTheSameEventsAsThePostedBody() throws Exception {
        TelemetryWorkload workload = new TelemetryWorkload(new TelemetryBenchSizes(5, 3, 50, 2, 4), START);

        JsonNode body = JSON.readTree(workload.json(1, 2));
        TelemetryBatch record = workload.record(1, 2, "p", "d");

        assertThat(body.path("device_external_id").asText()).isEqualTo(TelemetryWorkload.externalId(2));
        assertThat(record.getEvents()).hasSize(body.path("events").size());
        for (int i = 0; i < record.getEvents().size(); i++) {
            TelemetryEvent event = record.getEvents().get(i);
            JsonNode posted = body.path("events").get(i);
            assertThat(Instant.parse(posted.path("ts").asText())).isEqualTo(event.getTs());
            for (String metric : TelemetryWorkload.METRICS) {
                assertThat(posted.path("data").path(metric).doubleValue())
                        .isEqualTo(event.getData().get(metric));
            }
        }
    }

    @Test
    void shouldDateEachDevicesEventsLaterWithEveryBatchAndRound() throws Exception {
        TelemetryWorkload workload = new TelemetryWorkload(new TelemetryBenchSizes(5, 3, 50, 2, 4), START);

        Instant lastOfRound0 =
                workload.record(0, 2, "p", "d").getEvents().get(49).getTs();
        Instant firstOfRound1 =
                workload.record(1, 0, "p", "d").getEvents().get(0).getTs();

        assertThat(firstOfRound1).isAfter(lastOfRound0);
        assertThat(workload.record(0, 0, "p", "d").getEvents().get(0).getTs()).isEqualTo(START);
    }
}
