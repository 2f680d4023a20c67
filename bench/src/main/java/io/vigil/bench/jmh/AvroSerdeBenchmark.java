package io.vigil.bench.jmh;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of Vigil's Confluent-framed serde against plain Avro binary encoding of the same record (the baseline):
 * the framing and the cached schema-id lookups should add next to nothing.
 */
@State(Scope.Thread)
// Plain Avro (the baseline) loads generated classes by name only from packages the JVM is told to trust.
@Fork(value = 1, jvmArgsAppend = "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.vigil.schema.s3")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvroSerdeBenchmark {

    private static final String TOPIC = "vigil.s3.object-events";

    private AvroSerde<S3ObjectEvent> serde;
    private SpecificDatumWriter<S3ObjectEvent> plainWriter;
    private SpecificDatumReader<S3ObjectEvent> plainReader;
    private S3ObjectEvent event;
    private byte[] framed;
    private byte[] plain;

    @Setup
    public void setUp() throws IOException {
        serde = AvroSerde.of(S3ObjectEvent.class, new FingerprintSchemaRegistry());
        event = S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey("acme/orders/2026-11-22/part-00017.csv")
                .setSize(1_234_567)
                .setEtag("d41d8cd98f00b204e9800998ecf8427e")
                .setSequencer("0055AED6DCD90281E5")
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2026-11-22T10:15:30.123Z"))
                .setSource(S3EventSource.SQS)
                .setRegion("eu-west-1")
                .build();
        plainWriter = new SpecificDatumWriter<>(S3ObjectEvent.getClassSchema(), event.getSpecificData());
        plainReader = new SpecificDatumReader<>(
                S3ObjectEvent.getClassSchema(), S3ObjectEvent.getClassSchema(), plainWriter.getSpecificData());
        framed = serde.serialize(TOPIC, event);
        plain = plainEncode();
    }

    private byte[] plainEncode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        plainWriter.write(event, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @Benchmark
    public byte[] serializeFramed() {
        return serde.serialize(TOPIC, event);
    }

    @Benchmark
    public byte[] serializePlainBaseline() throws IOException {
        return plainEncode();
    }

    @Benchmark
    public S3ObjectEvent deserializeFramed() {
        return serde.deserialize(TOPIC, framed);
    }

    @Benchmark
    public S3ObjectEvent deserializePlainBaseline() throws IOException {
        return plainReader.read(null, DecoderFactory.get().binaryDecoder(plain, null));
    }
}
