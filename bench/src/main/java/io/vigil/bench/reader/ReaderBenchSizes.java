package io.vigil.bench.reader;

import io.vigil.connectors.s3.ObjectReaderSettings;
import java.util.Properties;

/**
 * How big the reader harnesses run.
 *
 * @param csvMegabytes size of the CSV object of {@code reader-csv-throughput}, in MiB
 * @param objects number of small objects of {@code reader-small-objects}
 * @param maxInFlight reads the object reader of {@code reader-small-objects} runs at once
 */
public record ReaderBenchSizes(int csvMegabytes, int objects, int maxInFlight) {

    public static final String CSV_MB_PROPERTY = "vigil.bench.csv.mb";
    public static final String OBJECTS_PROPERTY = "vigil.bench.objects";
    public static final String IN_FLIGHT_PROPERTY = "vigil.bench.inflight";

    static final int DEFAULT_CSV_MB = 200;
    static final int DEFAULT_OBJECTS = 500;

    public ReaderBenchSizes {
        if (csvMegabytes < 1) {
            throw new IllegalArgumentException("csvMegabytes must be positive, was " + csvMegabytes);
        }
        if (objects < 1) {
            throw new IllegalArgumentException("objects must be positive, was " + objects);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be positive, was " + maxInFlight);
        }
    }

    /**
     * The sizes given as {@code -Dvigil.bench.csv.mb}, {@code -Dvigil.bench.objects} and
     * {@code -Dvigil.bench.inflight} (default: the reader's default, 10).
     */
    public static ReaderBenchSizes from(Properties properties) {
        return new ReaderBenchSizes(
                intProperty(properties, CSV_MB_PROPERTY, DEFAULT_CSV_MB),
                intProperty(properties, OBJECTS_PROPERTY, DEFAULT_OBJECTS),
                intProperty(properties, IN_FLIGHT_PROPERTY, ObjectReaderSettings.DEFAULT_MAX_IN_FLIGHT));
    }

    static int intProperty(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, was '" + value + "'", e);
        }
    }
}
