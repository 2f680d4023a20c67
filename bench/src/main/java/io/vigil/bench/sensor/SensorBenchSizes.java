package io.vigil.bench.sensor;

import java.util.Properties;

/**
 * How big the sensor harnesses run.
 *
 * @param rows data rows of the {@code sensor-pipeline} file (about 52 bytes each)
 */
public record SensorBenchSizes(long rows) {

    public static final String ROWS_PROPERTY = "vigil.bench.sensor.rows";

    static final long DEFAULT_ROWS = 10_000_000;

    public SensorBenchSizes {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive, was " + rows);
        }
    }

    /** The sizes given as {@code -Dvigil.bench.sensor.rows}. */
    public static SensorBenchSizes from(Properties properties) {
        String value = properties.getProperty(ROWS_PROPERTY);
        if (value == null) {
            return new SensorBenchSizes(DEFAULT_ROWS);
        }
        try {
            return new SensorBenchSizes(Long.parseLong(value.trim().replace("_", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ROWS_PROPERTY + " must be an integer, was '" + value + "'", e);
        }
    }
}
