package io.vigil.connectors.s3.sensor;

import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.connectors.s3.ObjectHandler;
import io.vigil.connectors.s3.ObjectJob;
import io.vigil.connectors.s3.ResultSink;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.serde.GeneratedRecords;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the sensor CSV files created in one bucket under one key prefix and writes what they hold to the readings
 * topic as {@link SensorFileRecord}s keyed by the file id: a FileStart, ReadingBatches, then a FileEnd or a FileFailed,
 * all with the same random read id. A file read again (after a crash or a redelivered event) gets a new read id.
 */
public final class SensorHandler implements ObjectHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SensorHandler.class);

    static {
        // the record builders may load generated classes through Avro's class security check
        GeneratedRecords.trust();
    }

    private final String bucket;
    private final String prefix;
    private final Serializer<SensorFileRecord> records;
    private final String topic;
    private final Clock clock;
    private final SensorCsvParser parser = new SensorCsvParser();

    /**
     * @param bucket the sensor bucket ({@code vigil.sensor.bucket})
     * @param prefix the key prefix of sensor files ({@code vigil.sensor.prefix}); empty for the whole bucket
     * @param records serialises the records (Avro, Confluent wire format)
     * @param topic the readings topic
     * @param clock gives started_at, finished_at and failed_at
     */
    public SensorHandler(
            String bucket, String prefix, Serializer<SensorFileRecord> records, String topic, Clock clock) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.records = Objects.requireNonNull(records, "records");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "sensor-csv";
    }

    /** Created objects of the bucket under the prefix; not "folder" keys ending in {@code /}. */
    @Override
    public Optional<ObjectJob> claim(S3ObjectEvent event) {
        String key = event.getKey();
        boolean wanted = event.getEventName().startsWith("ObjectCreated")
                && bucket.equals(event.getBucket())
                && key.startsWith(prefix)
                && !key.endsWith("/");
        return wanted ? Optional.of(new SensorJob()) : Optional.empty();
    }

    private final class SensorJob implements ObjectJob {

        @Override
        public boolean needsBody() {
            return true;
        }

        @Override
        public void read(ObjectFacts object, InputStream body, ResultSink sink) throws IOException {
            S3ObjectEvent event = object.event();
            SensorFileWriter writer = writer(event, sink);
            writer.start(event, object.contentLength());
            ReadingBatcher batcher = new ReadingBatcher(writer);
            SensorCsvResult result = parser.parse(body, batcher);
            batcher.flush();
            if (result instanceof SensorCsvResult.Completed completed) {
                writer.end(completed);
                LOG.info(
                        "Read sensor file s3://{}/{}: {} rows, {} good, {} bad, {} batches",
                        event.getBucket(),
                        event.getKey(),
                        completed.rowsSeen(),
                        completed.good(),
                        completed.bad(),
                        batcher.batches());
            } else if (result instanceof SensorCsvResult.Failed failed) {
                writer.fail(failed.reason(), failed.detail());
                LOG.info(
                        "Sensor file s3://{}/{} failed: {} ({})",
                        event.getBucket(),
                        event.getKey(),
                        failed.reason(),
                        failed.detail());
            }
        }

        @Override
        public void missing(S3ObjectEvent event, ObjectOutcome outcome, ResultSink sink) {
            FileFailureReason reason =
                    switch (outcome) {
                        case NO_SUCH_KEY -> FileFailureReason.no_such_key;
                        case NO_SUCH_BUCKET -> FileFailureReason.no_such_bucket;
                        case CHECKED ->
                            throw new IllegalArgumentException("a missing object cannot have outcome CHECKED");
                    };
            SensorFileWriter writer = writer(event, sink);
            writer.start(event, event.getSize());
            writer.fail(reason, null);
            LOG.info(
                    "Sensor file s3://{}/{} was gone before it was read: {}",
                    event.getBucket(),
                    event.getKey(),
                    reason);
        }

        private SensorFileWriter writer(S3ObjectEvent event, ResultSink sink) {
            String fileId = SensorFileIds.of(event.getBucket(), event.getKey(), event.getEtag());
            String readId = UUID.randomUUID().toString();
            return new SensorFileWriter(
                    fileId, readId, record -> sink.send(topic, fileId, records.serialize(topic, record)), clock);
        }
    }
}
