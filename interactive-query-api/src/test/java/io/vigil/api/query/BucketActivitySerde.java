package io.vigil.api.query;

import io.vigil.schema.s3.BucketActivity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary for {@link BucketActivity}, no registry framing: enough to fill a test store. It reads generic
 * records and builds the specific one itself, because Avro's specific reader loads classes by name and refuses
 * packages it was not told to trust.
 */
final class BucketActivitySerde {

    private static final Schema SCHEMA = BucketActivity.getClassSchema();

    private BucketActivitySerde() {}

    static Serde<BucketActivity> serde() {
        SpecificDatumWriter<BucketActivity> writer =
                new SpecificDatumWriter<>(SCHEMA, SpecificData.getForClass(BucketActivity.class));
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(SCHEMA, SCHEMA, model);
        Serializer<BucketActivity> serializer = (topic, value) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            try {
                writer.write(value, encoder);
                encoder.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        };
        Deserializer<BucketActivity> deserializer = (topic, bytes) -> {
            try {
                return fromGeneric(reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static BucketActivity fromGeneric(GenericRecord record) {
        Object lastKey = record.get("lastKey");
        return BucketActivity.newBuilder()
                .setBucket(record.get("bucket").toString())
                .setObjectCount((Long) record.get("objectCount"))
                .setTotalBytes((Long) record.get("totalBytes"))
                .setLastKey(lastKey == null ? null : Objects.toString(lastKey))
                .setLastEventTime((Instant) record.get("lastEventTime"))
                .build();
    }
}
