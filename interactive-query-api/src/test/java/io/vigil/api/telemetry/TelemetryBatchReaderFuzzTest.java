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

/**
 * Any body posted to {@code /telemetry} is either read into events or refused with an {@link ApiException} (400 when
 * it is not one JSON object, 413 over the event limit, 422 otherwise), and what is read is a valid {@code
 * TelemetryBatch} record: the reader writes the Avro itself, so the generated class must read back as many events as
 * it accepted. Seeds: the examples of the reader's tests, in {@code TelemetryBatchReaderFuzzTestInputs}.
 */
class TelemetryBatchReaderFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ObjectMapper JSON = ApiJson.newMapper();
    private static final String TOPIC = "vigil.telemetry.events";

    private final TelemetryBatchReader reader = new TelemetryBatchReader(JSON.getFactory(), 100, Duration.ofMinutes(5));
    private final AvroSerde<TelemetryBatch> batches =
            AvroSerde.of(TelemetryBatch.class, new FingerprintSchemaRegistry());

    @FuzzTest(maxDuration = "5s")
    void shouldReadOnlyWhatCanBeWrittenAndRefuseTheRestWith4xx(byte[] body) {
        try {
            TelemetryBatchReader.Read read = reader.read(body, NOW);
            byte[] record = read.events().batch(batches.header(TOPIC), "fuzz", "p", "d", 0);
            assertThat(batches.deserialize(TOPIC, record).getEvents())
                    .hasSize(read.events().count());
        } catch (ApiException refused) {
            assertThat(refused.status()).isIn(400, 413, 422);
        }
    }
}
