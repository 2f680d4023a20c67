package io.vigil.topology.sensor;

/**
 * Keys of the sensor stores. Sensor ids are arbitrary text, so a sensor id inside a key is length-prefixed ({@code
 * <decimal length>:<sensorId>}, the length in UTF-16 code units as {@link String#length()}): no sensor id can pass for
 * another or for the start of another. Hours are written as 20-digit zero-padded unsigned {@code millis ^
 * Long.MIN_VALUE}, so that key order is time order, before 1970 too. The separator is {@code |}.
 */
public final class SensorKeys {

    private static final char SEPARATOR = '|';
    private static final long HOUR_MILLIS = 3_600_000L;
    private static final int NUMBER_WIDTH = 20;

    private SensorKeys() {}

    /** A key of {@value SensorNames#FILE_SENSORS_STORE}: {@code fileId|<sensor>}. */
    public static String fileSensor(String fileId, String sensorId) {
        return fileSensorPrefix(fileId) + sensor(sensorId);
    }

    /** The start of every {@link #fileSensor} key of one file: {@code fileId|}, for a prefix scan. */
    public static String fileSensorPrefix(String fileId) {
        return fileId + SEPARATOR;
    }

    /** A key of {@value SensorNames#HOURLY_STATS_STORE}: {@code <sensor>|<hour>|fileId}. */
    public static String hourly(String sensorId, long hourMillis, String fileId) {
        return hourlyFrom(sensorId, hourMillis) + fileId;
    }

    /**
     * The lower bound of the {@link #hourly} keys of one sensor from the hour of {@code hourMillis} on: inclusive as a
     * range start; as a range end it leaves that hour out, so {@code range(hourlyFrom(s, from), hourlyFrom(s, to))}
     * covers the hours in {@code [from, to)}.
     */
    public static String hourlyFrom(String sensorId, long hourMillis) {
        return sensor(sensorId) + SEPARATOR + hour(hourOf(hourMillis)) + SEPARATOR;
    }

    /** The start of every {@link #hourly} key of one sensor, for a prefix scan. */
    public static String hourlyPrefix(String sensorId) {
        return sensor(sensorId) + SEPARATOR;
    }

    /**
     * A key of {@value SensorNames#FILES_RECENT_STORE}: {@code <20-digit (Long.MAX_VALUE − uploadedAtMillis)>|fileId},
     * so that a key-ordered scan lists the newest files first. The difference is written unsigned, which keeps the
     * order for upload times before 1970 too.
     */
    public static String recent(long uploadedAtMillis, String fileId) {
        return unsigned(Long.MAX_VALUE - uploadedAtMillis) + SEPARATOR + fileId;
    }

    /** The start of the UTC hour of {@code epochMillis}. */
    public static long hourOf(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MILLIS) * HOUR_MILLIS;
    }

    /** Splits a {@link #fileSensor} key. */
    public static FileSensor parseFileSensor(String key) {
        KeyReader reader = new KeyReader(key);
        String fileId = reader.untilSeparator();
        String sensorId = reader.sensor();
        reader.end();
        return new FileSensor(fileId, sensorId);
    }

    /** Splits an {@link #hourly} key. */
    public static Hourly parseHourly(String key) {
        KeyReader reader = new KeyReader(key);
        String sensorId = reader.sensor();
        reader.separator();
        long hourMillis = reader.hour();
        reader.separator();
        return new Hourly(sensorId, hourMillis, reader.rest());
    }

    /** Splits a {@link #recent} key. */
    public static Recent parseRecent(String key) {
        KeyReader reader = new KeyReader(key);
        long uploadedAtMillis = Long.MAX_VALUE - reader.number();
        reader.separator();
        return new Recent(uploadedAtMillis, reader.rest());
    }

    static String sensor(String sensorId) {
        return sensorId.length() + ":" + sensorId;
    }

    static String hour(long hourMillis) {
        return unsigned(hourMillis ^ Long.MIN_VALUE);
    }

    private static String unsigned(long value) {
        String digits = Long.toUnsignedString(value);
        return "0".repeat(NUMBER_WIDTH - digits.length()) + digits;
    }

    /** A {@link #fileSensor} key, split. */
    public record FileSensor(String fileId, String sensorId) {}

    /** An {@link #hourly} key, split. */
    public record Hourly(String sensorId, long hourMillis, String fileId) {}

    /** A {@link #recent} key, split. */
    public record Recent(long uploadedAtMillis, String fileId) {}

    /** Reads a key from left to right; any deviation from the encoding is an {@link IllegalArgumentException}. */
    private static final class KeyReader {
        private final String key;
        private int position;

        KeyReader(String key) {
            this.key = key;
        }

        String untilSeparator() {
            int end = key.indexOf(SEPARATOR, position);
            require(end >= 0);
            String part = key.substring(position, end);
            position = end + 1;
            return part;
        }

        String sensor() {
            int colon = key.indexOf(':', position);
            require(colon > position && colon - position <= 10);
            int length = parseDigits(key.substring(position, colon));
            require(length <= key.length() - colon - 1);
            position = colon + 1 + length;
            return key.substring(colon + 1, position);
        }

        long hour() {
            return number() ^ Long.MIN_VALUE;
        }

        long number() {
            require(key.length() - position >= NUMBER_WIDTH);
            String digits = key.substring(position, position + NUMBER_WIDTH);
            position += NUMBER_WIDTH;
            try {
                return Long.parseUnsignedLong(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a sensor store key: " + key, e);
            }
        }

        void separator() {
            require(position < key.length() && key.charAt(position) == SEPARATOR);
            position++;
        }

        String rest() {
            return key.substring(position);
        }

        void end() {
            require(position == key.length());
        }

        private int parseDigits(String digits) {
            for (int i = 0; i < digits.length(); i++) {
                require(Character.isDigit(digits.charAt(i)) && digits.charAt(i) < 128);
            }
            long length = Long.parseLong(digits);
            require(length <= Integer.MAX_VALUE);
            return (int) length;
        }

        private void require(boolean wellFormed) {
            if (!wellFormed) {
                throw new IllegalArgumentException("Not a sensor store key: " + key);
            }
        }
    }
}
