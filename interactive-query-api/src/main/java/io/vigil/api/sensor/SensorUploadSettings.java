package io.vigil.api.sensor;

import io.vigil.config.VigilConfig;

/**
 * Where and how {@code POST /files} stores sensor files.
 *
 * @param bucket         the S3 bucket of sensor files
 * @param prefix         the key prefix of uploaded files (may be empty)
 * @param maxUploadBytes the largest request body accepted; larger ones get 413
 * @param partBytes      the size of the parts of an S3 multipart upload; a smaller file goes up in one PUT
 */
public record SensorUploadSettings(String bucket, String prefix, long maxUploadBytes, int partBytes) {

    /** S3 refuses smaller parts (but the last). */
    static final int MIN_PART_BYTES = 5 * 1024 * 1024;

    public SensorUploadSettings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("bucket must not be blank");
        }
        if (prefix == null) {
            throw new IllegalArgumentException("prefix must not be null (empty for none)");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, was " + maxUploadBytes);
        }
        if (partBytes < MIN_PART_BYTES) {
            throw new IllegalArgumentException("partBytes must be at least " + MIN_PART_BYTES + ", was " + partBytes);
        }
    }

    /** The settings of {@code vigil.sensor.*}; parts are held in memory, so they are capped at 1 GiB. */
    public static SensorUploadSettings from(VigilConfig config) {
        return new SensorUploadSettings(
                config.sensorBucket(), config.sensorPrefix(), config.sensorMaxUploadBytes(), (int)
                        Math.min(config.sensorUploadPartBytes(), 1L << 30));
    }
}
