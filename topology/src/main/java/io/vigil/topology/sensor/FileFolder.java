package io.vigil.topology.sensor;

import io.vigil.schema.sensor.FileEnd;
import io.vigil.schema.sensor.FileFailed;
import io.vigil.schema.sensor.FileStart;
import io.vigil.schema.sensor.ReadingBatch;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorHourContribution;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds a file's upload and the records of its reads into the file's stores, and emits what each batch adds to each
 * sensor's hours, keyed by sensor id. Only the current read counts: a newer FileStart resets the earlier read's
 * stores, and records of any other read are skipped. Every record costs work bounded by its batch, never by the
 * file: a transaction must commit within its timeout however large the file.
 */
final class FileFolder implements Processor<String, FileInput, String, SensorHourContribution> {

    private static final Logger LOG = LoggerFactory.getLogger(FileFolder.class);

    /** Metric group {@code stream-sensor-fold-metrics}, tag {@code sensor-fold-id} = the task id. */
    static final String METRICS_SCOPE = "sensor-fold";

    static final String DROPPED_RECORDS = "dropped-records";

    private ProcessorContext<String, SensorHourContribution> context;
    private FileStores stores;
    private Sensor dropped;

    @Override
    public void init(ProcessorContext<String, SensorHourContribution> context) {
        this.context = context;
        this.stores = new FileStores(context);
        this.dropped = context.metrics()
                .addRateTotalSensor(
                        METRICS_SCOPE, context.taskId().toString(), DROPPED_RECORDS, Sensor.RecordingLevel.INFO);
    }

    @Override
    public void close() {
        context.metrics().removeSensor(dropped);
    }

    @Override
    public void process(Record<String, FileInput> record) {
        String fileId = record.key();
        if (fileId == null || !SensorFileIds.isWellFormed(fileId)) {
            // A free-form key could reach into another file's entries of the prefix-scanned stores.
            skip("a record whose key is not a file id", fileId);
        } else if (record.value() instanceof FileInput.Uploaded uploaded && uploaded.upload() != null) {
            SensorFileAggregate current = stores.aggregate(fileId);
            stores.change(current, FileAggregates.uploaded(current, uploaded.upload()));
        } else if (record.value() instanceof FileInput.Read read && read.record() != null) {
            onRead(record, fileId, read.record());
        } else {
            skip("a record without a value", fileId);
        }
    }

    private void onRead(Record<String, FileInput> record, String fileId, SensorFileRecord read) {
        SensorFileAggregate current = stores.aggregate(fileId);
        if (read.getBody() instanceof FileStart start) {
            onStart(record, fileId, current, read.getReadId(), start);
            return;
        }
        if (current == null
                || !read.getReadId().equals(current.getReadId())
                || current.getStatus() != SensorFileStatus.processing) {
            skip("a record of a read that is not in progress", fileId);
            return;
        }
        if (read.getBody() instanceof ReadingBatch batch) {
            onBatch(record, fileId, current, batch);
        } else if (read.getBody() instanceof FileEnd end) {
            stores.change(current, FileAggregates.ended(current, end));
        } else if (read.getBody() instanceof FileFailed failure) {
            stores.change(current, FileAggregates.failed(current, failure));
        }
    }

    private void onStart(
            Record<String, FileInput> record,
            String fileId,
            SensorFileAggregate current,
            String readId,
            FileStart start) {
        if (FileAggregates.isStale(current, readId, start)) {
            skip("a FileStart of the current read or an older one", fileId);
            return;
        }
        if (current != null && current.getReadId() != null) {
            stores.reset(fileId);
        }
        stores.change(current, FileAggregates.started(current, fileId, readId, start));
    }

    private void onBatch(
            Record<String, FileInput> record, String fileId, SensorFileAggregate current, ReadingBatch batch) {
        SeriesBuilder chart = SeriesBuilder.from(stores.series(fileId));
        BatchSummary summary = BatchSummary.of(batch.getReadings(), chart);
        long newSensors = stores.add(fileId, summary);
        SensorFileAggregate next = FileAggregates.withBatch(current, summary, batch.getErrors(), newSensors);
        if (summary.readings() > 0) {
            SensorFileSeries series = chart.build(Math.max(0, next.getSensorCount() - chart.chartedSensors()));
            stores.putSeries(fileId, series);
        }
        stores.update(next);
        emitHours(record, fileId, current.getReadStartedAt(), summary);
    }

    /** What the batch adds to each (sensor, hour) of the file, for {@link HourlyStatsWriter}. */
    private void emitHours(Record<String, FileInput> record, String fileId, Instant readStartedAt, BatchSummary batch) {
        for (Map.Entry<String, BatchSummary.SensorGroup> sensor :
                batch.sensors().entrySet()) {
            for (Map.Entry<Long, StatsAccumulator> hour :
                    sensor.getValue().hours().entrySet()) {
                emit(
                        record,
                        new SensorHourContribution(
                                sensor.getKey(),
                                Instant.ofEpochMilli(hour.getKey()),
                                fileId,
                                hour.getValue().toStats(),
                                readStartedAt));
            }
        }
    }

    private void emit(Record<String, FileInput> record, SensorHourContribution contribution) {
        context.forward(record.withKey(contribution.getSensorId()).withValue(contribution));
    }

    private void skip(String why, String fileId) {
        dropped.record();
        RecordMetadata source = context.recordMetadata().orElse(null);
        LOG.warn(
                "Skipped {} for file {} from {} partition {} offset {}",
                why,
                fileId,
                source == null ? null : source.topic(),
                source == null ? -1 : source.partition(),
                source == null ? -1 : source.offset());
    }
}
