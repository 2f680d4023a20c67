package io.vigil.api.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.ApiJson;
import io.vigil.api.error.ApiException;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryBatch;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Any body posted to {@code /telemetry} is either read into events or refused with an {@link ApiException} (400 when
 * it is not one JSON object, 413 over the event limit, 422 otherwise), and what is read can be written to the events
 * topic: the reader is the only check between the body and the Avro serializer. Seeds: the examples of the reader's tests, in
 * {@code TelemetryBatchReaderFuzzTestInputs}.
 */
class TelemetryBatchReaderFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ObjectMapper JSON = ApiJson.newMapper();

    private final TelemetryBatchReader reader = new TelemetryBatchReader(JSON.getFactory(), 100, Duration.ofMinutes(5));
    private final Serializer<TelemetryBatch> batches =
            AvroSerde.of(TelemetryBatch.class, new FingerprintSchemaRegistry());

    @FuzzTest(maxDuration = "5s")
    void shouldReadOnlyWhatCanBeWrittenAndRefuseTheRestWith4xx(byte[] body) {
        try {
            TelemetryBatchReader.Read read = reader.read(body, NOW);
            TelemetryBatch batch = TelemetryBatch.newBuilder()
                    .setBatchId("fuzz")
                    .setProjectId("p")
                    .setDeviceId("d")
                    .setReceivedAt(NOW)
                    .setEvents(read.events())
                    .build();
            assertThat(batches.serialize("vigil.telemetry.events", batch)).isNotEmpty();
        } catch (ApiException refused) {
            assertThat(refused.status()).isIn(400, 413, 422);
        }
    }
}
