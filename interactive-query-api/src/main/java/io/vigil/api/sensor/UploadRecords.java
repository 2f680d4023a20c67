package io.vigil.api.sensor;

import io.vigil.api.write.TopicWriter;
import io.vigil.schema.s3.ObjectEventKeys;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileUploaded;
import io.vigil.topology.VigilTopics;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Tells Vigil of a stored file: {@link SensorFileUploaded} on {@value VigilTopics#SENSOR_FILES}, then the object
 * event on {@value VigilTopics#S3_OBJECT_EVENTS} that the reader acts on, exactly as on an S3 notification. Each write
 * is acknowledged before the next.
 */
final class UploadRecords {

    private final TopicWriter writer;
    private final Serializer<SensorFileUploaded> uploads;
    private final Serializer<S3ObjectEvent> events;

    UploadRecords(TopicWriter writer, Serializer<SensorFileUploaded> uploads, Serializer<S3ObjectEvent> events) {
        this.writer = writer;
        this.uploads = uploads;
        this.events = events;
    }

    void write(UploadedFile file) {
        String fileId = file.fileId();
        SensorFileUploaded uploaded = SensorFileUploaded.newBuilder()
                .setFileId(fileId)
                .setBucket(file.bucket())
                .setKey(file.key())
                .setEtag(file.etag())
                .setFileName(file.fileName())
                .setSize(file.size())
                .setUploadedAt(file.completedAt())
                .build();
        writer.write(VigilTopics.SENSOR_FILES, fileId, uploaded, uploads);
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket(file.bucket())
                .setKey(file.key())
                .setSize(file.size())
                .setEtag(file.etag())
                .setEventName(file.eventName())
                .setEventTime(file.completedAt())
                .setSource(S3EventSource.UPLOAD)
                .build();
        writer.write(VigilTopics.S3_OBJECT_EVENTS, ObjectEventKeys.of(event), event, events);
    }
}
