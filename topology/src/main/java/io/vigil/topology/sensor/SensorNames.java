package io.vigil.topology.sensor;

import io.vigil.topology.VigilTopics;

/** Stable names of the sensor sub-topology's topics, processors and stores: changelogs are named after them. */
public final class SensorNames {

    public static final String FILES_TOPIC = VigilTopics.SENSOR_FILES;
    public static final String READINGS_TOPIC = VigilTopics.SENSOR_READINGS;

    /** File id → {@code SensorFileAggregate}. */
    public static final String FILE_AGGREGATES_STORE = "sensor-file-aggregates";
    /** {@link SensorKeys#fileSensor} → {@code SensorStats} of that file's good rows of that sensor. */
    public static final String FILE_SENSORS_STORE = "sensor-file-sensors";
    /** File id → {@code SensorFileSeries}, the file's chart. */
    public static final String FILE_SERIES_STORE = "sensor-file-series";
    /** {@link SensorKeys#recent} → {@code SensorFileAggregate}: a key-ordered scan lists the newest files first. */
    public static final String FILES_RECENT_STORE = "sensor-files-recent";
    /** {@link SensorKeys#hourly} → {@code SensorHourContribution}: one file's readings of one sensor in one UTC hour. */
    public static final String HOURLY_STATS_STORE = "sensor-hourly-stats";

    /** The repartition topic of the hour contributions (by sensor id), after the application id. */
    public static final String HOUR_CONTRIBUTIONS_TOPIC = "sensor-hour-contributions-repartition";

    static final String READ_FILES = "sensor-read-files";
    static final String READ_READINGS = "sensor-read-readings";
    static final String AS_UPLOAD_INPUT = "sensor-upload-input";
    static final String AS_READ_INPUT = "sensor-read-input";
    static final String MERGE_FILE_INPUTS = "sensor-merge-file-inputs";
    static final String FOLD_FILES = "sensor-fold-files";
    static final String HOUR_CONTRIBUTIONS = "sensor-hour-contributions";
    static final String FOLD_HOURLY_STATS = "sensor-fold-hourly-stats";

    private SensorNames() {}
}
