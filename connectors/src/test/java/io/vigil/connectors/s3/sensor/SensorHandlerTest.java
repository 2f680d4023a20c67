package io.vigil.connectors.s3.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.serde.AvroSerde;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensorHandlerTest {

    private final SensorHandler handler = new SensorHandler(
            "vigil-sensor",
            "readings/",
            AvroSerde.of(SensorFileRecord.class, new FingerprintSchemaRegistry()),
            "readings",
            Clock.systemUTC());

    @ParameterizedTest
    @CsvSource({
        "vigil-sensor, readings/a.csv, ObjectCreated:Put, true",
        "vigil-sensor, readings/2024/01/b.csv, ObjectCreated:CompleteMultipartUpload, true",
        "vigil-sensor, readings/no-extension, ObjectCreated:Copy, true",
        "vigil-sensor, readings/, ObjectCreated:Put, false",
        "vigil-sensor, readings/2024/, ObjectCreated:Put, false",
        "vigil-sensor, other/a.csv, ObjectCreated:Put, false",
        "vigil-sensor, Readings/a.csv, ObjectCreated:Put, false",
        "vigil-sensor, readings/a.csv, ObjectRemoved:Delete, false",
        "landing, readings/a.csv, ObjectCreated:Put, false"
    })
    void shouldClaimCreatedFilesOfTheBucketUnderThePrefix(
            String bucket, String key, String eventName, boolean claimed) {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket(bucket)
                .setKey(key)
                .setEventName(eventName)
                .setEventTime(Instant.EPOCH)
                .build();

        assertThat(handler.claim(event).isPresent())
                .as("%s %s %s", bucket, key, eventName)
                .isEqualTo(claimed);
        handler.claim(event).ifPresent(job -> assertThat(job.needsBody()).isTrue());
    }
}
