package io.vigil.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static final String TOPIC = "vigil.s3.object-events";

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AvroSerde<S3ObjectEvent> serde = AvroSerde.of(S3ObjectEvent.class, registry);

    private static S3ObjectEvent event() {
        return S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey("acme/orders/2026-11-22.csv")
                .setSize(1234)
                .setEtag("abc")
                .setSequencer("0055AED6DCD90281E5")
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2026-11-22T10:15:30.123Z"))
                .setSource(S3EventSource.SQS)
                .setRegion("eu-west-1")
                .build();
    }

    @Test
    void shouldFrameValuesWithMagicByteAndTheRegisteredSchemaId() {
        byte[] bytes = serde.serialize(TOPIC, event());

        assertThat(bytes[0]).isZero();
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(id).isEqualTo(FingerprintSchemaRegistry.idOf(S3ObjectEvent.getClassSchema()));
        assertThat(registry.latest(TOPIC + "-value")).get().satisfies(v -> assertThat(v.id())
                .isEqualTo(id));
    }

    @Test
    void shouldRoundTripEveryField() {
        assertThat(serde.deserialize(TOPIC, serde.serialize(TOPIC, event()))).isEqualTo(event());
    }

    @Test
    void shouldTreatNullAsATombstoneBothWays() {
        assertThat(serde.serialize(TOPIC, null)).isNull();
        assertThat(serde.deserialize(TOPIC, null)).isNull();
    }

    @Test
    void shouldReadRecordsWrittenWithAnOlderSchemaUsingTheReaderDefaults() throws Exception {
        Schema older = SchemaBuilder.record("S3ObjectEvent")
                .namespace("io.vigil.schema.s3")
                .fields()
                .requiredString("bucket")
                .requiredString("key")
                .requiredString("eventName")
                .name("eventTime")
                .type(org.apache.avro.LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)))
                .noDefault()
                .endRecord();
        int id = registry.register(TOPIC + "-value", older);
        GenericRecord record = new GenericData.Record(older);
        record.put("bucket", "b");
        record.put("key", "k");
        record.put("eventName", "ObjectCreated:Copy");
        record.put("eventTime", 1_700_000_000_000L);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(older).write(record, encoder);
        encoder.flush();

        S3ObjectEvent read = serde.deserialize(TOPIC, out.toByteArray());

        assertThat(read.getKey()).isEqualTo("k");
        assertThat(read.getSize()).isZero();
        assertThat(read.getRegion()).isNull();
        assertThat(read.getSource()).isEqualTo(S3EventSource.OTHER);
    }

    @Test
    void shouldRejectMalformedBytesWithAClearMessage() {
        byte[] good = serde.serialize(TOPIC, event());
        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 1;
        byte[] unknownId = good.clone();
        unknownId[1] = (byte) (unknownId[1] ^ 0x40);

        assertThatThrownBy(() -> serde.deserialize(TOPIC, new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("shorter than the 5-byte");
        assertThatThrownBy(() -> serde.deserialize(TOPIC, wrongMagic)).hasMessageContaining("magic byte 0");
        assertThatThrownBy(() -> serde.deserialize(TOPIC, unknownId)).hasMessageContaining("Unknown schema id");
        assertThatThrownBy(() -> serde.deserialize(TOPIC, Arrays.copyOf(good, good.length - 3)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid S3ObjectEvent");
        byte[] trailing = Arrays.copyOf(good, good.length + 2);
        assertThatThrownBy(() -> serde.deserialize(TOPIC, trailing)).hasMessageContaining("bytes left over");
    }

    @Test
    void shouldRefuseAnInstantItsTimestampFieldCannotHoldWithASerializationException() {
        S3ObjectEvent ancient = event();
        ancient.setEventTime(Instant.parse("-999999999-01-01T00:00:00Z"));

        assertThatThrownBy(() -> serde.serialize(TOPIC, ancient))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot serialise S3ObjectEvent");
    }
}
