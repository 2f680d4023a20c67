package io.vigil.schema.serde;

import io.vigil.schema.registry.SchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro records in Confluent wire format. The writer registers its schema under
 * {@code <topic>-value} once per topic; the reader resolves whatever schema the bytes were written with against the
 * generated class (Avro schema evolution), caching one reader per writer schema id. Null is a tombstone both ways.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    static {
        GeneratedRecords.trust();
    }

    /** Where the Avro body of a serialised value starts, after the Confluent header. */
    public static final int AVRO_OFFSET = ConfluentWireFormat.HEADER_BYTES;

    private final Schema readerSchema;
    private final SpecificData model = new GeneratedRecordModel();
    private final SchemaRegistry registry;
    private final SpecificDatumWriter<T> writer;
    private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
    private final Map<Integer, SpecificDatumReader<T>> readersById = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> readerSchemaById = new ConcurrentHashMap<>();

    private AvroSerde(Schema readerSchema, SchemaRegistry registry) {
        this.readerSchema = readerSchema;
        this.registry = registry;
        this.writer = new SpecificDatumWriter<>(readerSchema, model);
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, SchemaRegistry registry) {
        try {
            // The instance's schema, not SpecificData.getSchema(Class): that path loads classes by name and is
            // refused by Avro's class-security validator for packages not listed in system properties.
            return new AvroSerde<>(type.getDeclaredConstructor().newInstance().getSchema(), registry);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " is not a generated Avro record class", e);
        }
    }

    public Schema schema() {
        return readerSchema;
    }

    /** The subject values of {@code topic} are registered under. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(header(topic));
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException
                | AvroRuntimeException
                | ClassCastException
                | NullPointerException
                | ArithmeticException e) {
            // ArithmeticException: an Instant beyond what a timestamp-millis or -micros long holds
            throw new SerializationException(
                    "Cannot serialise " + readerSchema.getName() + " for " + topic + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int schemaId = ConfluentWireFormat.readSchemaId(topic, data);
        SpecificDatumReader<T> reader = readersById.computeIfAbsent(schemaId, this::readerFor);
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(
                        data, ConfluentWireFormat.HEADER_BYTES, data.length - ConfluentWireFormat.HEADER_BYTES, null);
        try {
            T record = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("Value on " + topic + " has bytes left over after its "
                        + readerSchema.getName() + " record (schema id " + schemaId + ")");
            }
            return record;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException serialization) {
                throw serialization;
            }
            throw new SerializationException(
                    "Value on " + topic + " is not a valid " + readerSchema.getName() + " written with schema id "
                            + schemaId + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The Confluent header of a value of {@code topic} written with this serde's schema (registering the schema as
     * {@link #serialize} does), for a caller that writes the Avro body itself, in that schema's layout.
     */
    public byte[] header(String topic) {
        int schemaId = idsByTopic.computeIfAbsent(topic, t -> registry.register(valueSubject(t), readerSchema));
        byte[] header = new byte[ConfluentWireFormat.HEADER_BYTES];
        ConfluentWireFormat.writeHeader(ByteBuffer.wrap(header), schemaId);
        return header;
    }

    /**
     * Whether {@code data}, a value of {@code topic}, was written with this serde's own schema: then its Avro body,
     * from {@link #AVRO_OFFSET} on, can be read field by field as that schema lays it out, with no resolution.
     */
    public boolean writtenWithReaderSchema(String topic, byte[] data) {
        int schemaId = ConfluentWireFormat.readSchemaId(topic, data);
        return readerSchemaById.computeIfAbsent(
                schemaId, id -> registry.schemaById(id).equals(readerSchema));
    }

    private SpecificDatumReader<T> readerFor(int schemaId) {
        Schema writerSchema = registry.schemaById(schemaId);
        return new SpecificDatumReader<>(writerSchema, readerSchema, model);
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}
}
