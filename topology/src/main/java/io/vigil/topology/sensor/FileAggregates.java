package io.vigil.topology.sensor;

import io.vigil.schema.sensor.FileEnd;
import io.vigil.schema.sensor.FileFailed;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.FileStart;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileStatus;
import io.vigil.schema.sensor.SensorFileUploaded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The status lifecycle of a sensor file as pure functions from one {@code SensorFileAggregate} to the next. */
final class FileAggregates {

    /** How many row errors a file keeps; {@code error_count} counts them all. */
    static final int MAX_ERRORS = 100;

    private FileAggregates() {}

    /** The upload's name, size and time; a later status stays, the upload never moves a file back. */
    static SensorFileAggregate uploaded(SensorFileAggregate current, SensorFileUploaded upload) {
        SensorFileAggregate.Builder next = current == null
                ? SensorFileAggregate.newBuilder().setFileId(upload.getFileId()).setStatus(SensorFileStatus.uploaded)
                : SensorFileAggregate.newBuilder(current);
        return next.setBucket(upload.getBucket())
                .setKey(upload.getKey())
                .setFileName(upload.getFileName())
                .setSize(upload.getSize())
                .setUploadedAt(upload.getUploadedAt())
                .build();
    }

    /** Whether a FileStart is of the current read or older than it: then it changes nothing. */
    static boolean isStale(SensorFileAggregate current, String readId, FileStart start) {
        return current != null
                && current.getReadStartedAt() != null
                && (readId.equals(current.getReadId()) || start.getStartedAt().isBefore(current.getReadStartedAt()));
    }

    /** A new read: processing, and nothing of an earlier read. A file not uploaded through the API is named here. */
    static SensorFileAggregate started(SensorFileAggregate current, String fileId, String readId, FileStart start) {
        SensorFileAggregate.Builder next = SensorFileAggregate.newBuilder()
                .setFileId(fileId)
                .setStatus(SensorFileStatus.processing)
                .setReadId(readId)
                .setReadStartedAt(start.getStartedAt());
        if (current == null || current.getUploadedAt() == null) {
            return next.setBucket(start.getBucket())
                    .setKey(start.getKey())
                    .setFileName(lastSegment(start.getKey()))
                    .setSize(start.getSize())
                    .setUploadedAt(start.getEventTime())
                    .build();
        }
        return next.setBucket(current.getBucket())
                .setKey(current.getKey())
                .setFileName(current.getFileName())
                .setSize(current.getSize())
                .setUploadedAt(current.getUploadedAt())
                .build();
    }

    /** The end of the read: processed, partial, or failed with no good rows; the errors stay. */
    static SensorFileAggregate ended(SensorFileAggregate current, FileEnd end) {
        SensorFileAggregate.Builder next = SensorFileAggregate.newBuilder(current)
                .setRowsSeen(end.getRowsSeen())
                .setProcessedAt(end.getFinishedAt());
        if (end.getGood() == 0) {
            return next.setStatus(SensorFileStatus.failed)
                    .setFailureReason(FileFailureReason.no_good_rows)
                    .build();
        }
        return next.setStatus(end.getBad() == 0 ? SensorFileStatus.processed : SensorFileStatus.partial)
                .build();
    }

    static SensorFileAggregate failed(SensorFileAggregate current, FileFailed failure) {
        return SensorFileAggregate.newBuilder(current)
                .setStatus(SensorFileStatus.failed)
                .setFailureReason(failure.getReason())
                .setFailureDetail(failure.getDetail())
                .setProcessedAt(failure.getFailedAt())
                .build();
    }

    /** {@code current} with one batch of the read added. */
    static SensorFileAggregate withBatch(
            SensorFileAggregate current, BatchSummary batch, List<RowError> errors, long newSensors) {
        SensorFileAggregate.Builder next = SensorFileAggregate.newBuilder(current)
                .setRowsSeen(current.getRowsSeen() + batch.readings() + errors.size())
                .setReadingStats(SensorStatsMath.merge(current.getReadingStats(), batch.stats()))
                .setSensorCount(current.getSensorCount() + newSensors)
                .setErrorCount(current.getErrorCount() + errors.size());
        if (batch.readings() > 0) {
            next.setFirstReadingAt(earliest(current.getFirstReadingAt(), batch.firstReadingAt()))
                    .setLastReadingAt(latest(current.getLastReadingAt(), batch.lastReadingAt()));
        }
        if (current.getErrors().size() < MAX_ERRORS && !errors.isEmpty()) {
            List<RowError> kept = new ArrayList<>(current.getErrors());
            kept.addAll(errors.subList(0, Math.min(errors.size(), MAX_ERRORS - kept.size())));
            next.setErrors(kept);
        }
        return next.build();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String lastSegment(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return name.isEmpty() ? key : name;
    }
}
