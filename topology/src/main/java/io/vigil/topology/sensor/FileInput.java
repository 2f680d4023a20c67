package io.vigil.topology.sensor;

import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorFileUploaded;

/** What reaches a file's fold: the upload and what the reader found, both keyed by file id. Never serialised. */
sealed interface FileInput {

    record Uploaded(SensorFileUploaded upload) implements FileInput {}

    record Read(SensorFileRecord record) implements FileInput {}
}
