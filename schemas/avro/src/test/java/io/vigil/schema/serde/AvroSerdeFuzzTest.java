package io.vigil.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.telemetry.TelemetryBatch;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Any bytes on a topic either decode to a record or are refused with {@link SerializationException} (which sends
 * them to the dead-letter topic), never anything else: no OutOfMemoryError from a length field, no
 * ArrayIndexOutOfBounds from a short body. The first input byte picks the record type; the next one whether the rest
 * is framed with that type's real schema id (so the fuzzer reaches the Avro decoder) or passed raw (so it exercises
 * the wire-format header too). Seeds: real records of each type, in {@code AvroSerdeFuzzTestInputs}.
 */
class AvroSerdeFuzzTest {

    private static final String TOPIC = "vigil.fuzz";

    private static final FingerprintSchemaRegistry REGISTRY = new FingerprintSchemaRegistry();
    private static final List<AvroSerde<? extends SpecificRecord>> SERDES = List.of(
            AvroSerde.of(S3ObjectEvent.class, REGISTRY),
            AvroSerde.of(TelemetryBatch.class, REGISTRY),
            AvroSerde.of(DeliveryStreamState.class, REGISTRY));

    static {
        SERDES.forEach(serde -> REGISTRY.register(AvroSerde.valueSubject(TOPIC), serde.schema()));
    }

    @FuzzTest(maxDuration = "5s")
    void shouldDecodeOrRefuseWithSerializationException(byte[] input) {
        if (input.length < 2) {
            return;
        }
        AvroSerde<? extends SpecificRecord> serde = SERDES.get(Byte.toUnsignedInt(input[0]) % SERDES.size());
        byte[] rest = Arrays.copyOfRange(input, 2, input.length);
        byte[] value = input[1] % 2 == 0 ? framed(serde, rest) : rest;
        try {
            assertThat(serde.deserialize(TOPIC, value)).isNotNull();
        } catch (SerializationException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static byte[] framed(AvroSerde<?> serde, byte[] body) {
        ByteBuffer buffer = ByteBuffer.allocate(ConfluentWireFormat.HEADER_BYTES + body.length);
        ConfluentWireFormat.writeHeader(buffer, FingerprintSchemaRegistry.idOf(serde.schema()));
        return buffer.put(body).array();
    }
}
