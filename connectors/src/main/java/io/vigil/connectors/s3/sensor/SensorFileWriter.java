package io.vigil.connectors.s3.sensor;

import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.FileEnd;
import io.vigil.schema.sensor.FileFailed;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.FileStart;
import io.vigil.schema.sensor.ReadingBatch;
import io.vigil.schema.sensor.SensorFileRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Makes the records of one read of one sensor file, all carrying the file id and the read's id, and hands them to
 * {@code out} (which serialises and sends them at once: the record is reused for the next one).
 */
final class SensorFileWriter {

    private final String fileId;
    private final String readId;
    private final Consumer<SensorFileRecord> out;
    private final Clock clock;
    private final SensorFileRecord record = new SensorFileRecord();

    SensorFileWriter(String fileId, String readId, Consumer<SensorFileRecord> out, Clock clock) {
        this.fileId = fileId;
        this.readId = readId;
        this.out = out;
        this.clock = clock;
    }

    void start(S3ObjectEvent event, long size) {
        write(FileStart.newBuilder()
                .setBucket(event.getBucket())
                .setKey(event.getKey())
                .setEtag(event.getEtag())
                .setSize(size)
                .setEventTime(event.getEventTime())
                .setStartedAt(now())
                .build());
    }

    void batch(ReadingBatch batch) {
        write(batch);
    }

    void end(SensorCsvResult.Completed result) {
        write(new FileEnd(result.rowsSeen(), result.good(), result.bad(), now()));
    }

    void fail(FileFailureReason reason, String detail) {
        write(new FileFailed(reason, detail, now()));
    }

    private void write(Object body) {
        record.setFileId(fileId);
        record.setReadId(readId);
        record.setBody(body);
        out.accept(record);
    }

    /** Milliseconds, as the records carry them, so a record equals itself after a round trip. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
