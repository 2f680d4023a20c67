package io.vigil.api.sensor;

/**
 * The key encoding of the sensor stores, as the topology writes it (its {@code SensorKeys}): a sensor id inside a key
 * is length-prefixed ({@code <String.length()>:<sensorId>}), an hour is the 20-digit unsigned {@code millis ^
 * Long.MIN_VALUE}, the separator is {@code |}. Kept in this one class so that it can give way to {@code SensorKeys}.
 */
final class SensorStoreKeys {

    static final long HOUR_MILLIS = 3_600_000L;
    private static final char SEPARATOR = '|';
    private static final int NUMBER_WIDTH = 20;

    private SensorStoreKeys() {}

    /** {@code fileId|<sensor>}: a key of {@code sensor-file-sensors}. */
    static String fileSensor(String fileId, String sensorId) {
        return fileSensorPrefix(fileId) + sensor(sensorId);
    }

    /** {@code fileId|}: the start of every {@link #fileSensor} key of one file. */
    static String fileSensorPrefix(String fileId) {
        return fileId + SEPARATOR;
    }

    /** The sensor id of a {@link #fileSensor} key. */
    static String sensorOfFileSensor(String key) {
        int separator = key.indexOf(SEPARATOR);
        int colon = key.indexOf(':', separator + 1);
        if (separator < 0 || colon < 0) {
            throw new IllegalArgumentException("Not a file-sensor key: " + key);
        }
        return key.substring(colon + 1);
    }

    /**
     * {@code <sensor>|<hour>|}: as a range start, the first {@code sensor-hourly-stats} key of the sensor from the
     * hour of {@code hourMillis} on; as a range end (exclusive), the last key before that hour.
     */
    static String hourlyFrom(String sensorId, long hourMillis) {
        return sensor(sensorId) + SEPARATOR + unsigned(hourOf(hourMillis) ^ Long.MIN_VALUE) + SEPARATOR;
    }

    /** The hour (epoch millis) of a {@code sensor-hourly-stats} key {@code <sensor>|<hour>|fileId}. */
    static long hourOfHourly(String key) {
        int colon = key.indexOf(':');
        int start = colon + 1 + Integer.parseInt(key.substring(0, colon)) + 1;
        return Long.parseUnsignedLong(key.substring(start, start + NUMBER_WIDTH)) ^ Long.MIN_VALUE;
    }

    /** The start of the UTC hour of {@code epochMillis}. */
    static long hourOf(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MILLIS) * HOUR_MILLIS;
    }

    private static String sensor(String sensorId) {
        return sensorId.length() + ":" + sensorId;
    }

    private static String unsigned(long value) {
        String digits = Long.toUnsignedString(value);
        return "0".repeat(NUMBER_WIDTH - digits.length()) + digits;
    }
}
