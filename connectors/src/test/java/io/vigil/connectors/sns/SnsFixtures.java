package io.vigil.connectors.sns;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** S3 notification bodies under {@code src/test/resources/sns}, shaped like the ones S3 publishes to SNS. */
final class SnsFixtures {

    /** One ObjectCreated:Put of {@code acme-landing/orders/2026-11-23/a b/c.csv}. */
    static final String S3_PUT = "s3-put.json";

    static final String S3_TEST_EVENT = "s3-test-event.json";

    private SnsFixtures() {}

    /** Decodes an object event as any reader of the topic would, with a registry that knows the schema. */
    static S3ObjectEvent decode(String topic, byte[] value) {
        FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
        registry.register(AvroSerde.valueSubject(topic), S3ObjectEvent.getClassSchema());
        try (AvroSerde<S3ObjectEvent> serde = AvroSerde.of(S3ObjectEvent.class, registry)) {
            return serde.deserialize(topic, value);
        }
    }

    static String text(String name) {
        try (InputStream in = SnsFixtures.class.getResourceAsStream("/sns/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
