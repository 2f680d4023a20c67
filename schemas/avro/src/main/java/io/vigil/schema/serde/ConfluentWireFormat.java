package io.vigil.schema.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's framing of a serialised value: magic byte {@code 0}, the schema id as a 4-byte big-endian int, then the
 * Avro binary encoding. Every Confluent serializer, kcat {@code -s avro}, ksqlDB and Connect's AvroConverter read it.
 */
final class ConfluentWireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_BYTES = 5;

    private ConfluentWireFormat() {}

    static void writeHeader(ByteBuffer buffer, int schemaId) {
        buffer.put(MAGIC_BYTE).putInt(schemaId);
    }

    /** Checks the header of {@code data} and returns the schema id it carries. */
    static int readSchemaId(String topic, byte[] data) {
        if (data.length < HEADER_BYTES) {
            throw new SerializationException("Value on " + topic + " is " + data.length
                    + " bytes, shorter than the 5-byte Confluent wire-format header");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException("Value on " + topic + " starts with byte " + data[0]
                    + ", not the Confluent wire-format magic byte 0");
        }
        return ByteBuffer.wrap(data, 1, 4).getInt();
    }
}
