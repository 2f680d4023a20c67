package io.vigil.bench.fault;

import io.vigil.schema.quality.ColumnRule;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.CsvRules;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.topology.VigilTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * What the S3 object reader gets in each slice: CSVs under the quality rule's prefix, about half of them with a value
 * that is not a number (the rule fails those), and sensor files, about half of them with some bad rows. Each object
 * comes with the answers the API must settle on, however often it is read: the object's result and the rule's running
 * totals; the file's status, row counts, minimum and maximum; each sensor's running count across files.
 */
final class ReaderWorkload {

    static final String QUALITY_PREFIX = "checked/";
    private static final String HEADER = "sensor_id,timestamp,value\n";
    private static final int ROWS_PER_QUALITY_OBJECT = 20;
    private static final int SENSORS = 4;
    private static final String NOT_A_NUMBER = "n/a";

    private final String run;
    private final WorkloadSize size;
    private final Random random;
    private final Instant firstReading;
    private final Map<String, Long> goodRowsBySensor = new LinkedHashMap<>();
    private long readings;
    private long qualityObjects;
    private long qualityPassed;

    ReaderWorkload(String run, WorkloadSize size, Random random, Instant origin) {
        this.run = run;
        this.size = size;
        this.random = random;
        this.firstReading = origin.truncatedTo(ChronoUnit.HOURS);
        IntStream.range(0, SENSORS).forEach(s -> goodRowsBySensor.put(run + "-sensor-" + s, 0L));
    }

    /** The rule for the quality objects: the sensor header and a decimal value in every row. */
    static QualityRule qualityRule() {
        return QualityRule.newBuilder()
                .setBucket(FaultStack.QUALITY_BUCKET)
                .setPrefix(QUALITY_PREFIX)
                .setNonEmpty(true)
                .setExtensions(List.of("csv"))
                .setCsv(CsvRules.newBuilder()
                        .setExpectedColumns(List.of("sensor_id", "timestamp", "value"))
                        .setMinRows(1L)
                        .setColumns(List.of(ColumnRule.newBuilder()
                                .setName("value")
                                .setType(ColumnType.DECIMAL)
                                .build()))
                        .build())
                .setUpdatedAt(Instant.now())
                .build();
    }

    /** The rule as an input for its compacted topic, keyed as the API keys it. */
    static Input qualityRuleInput() {
        return new Input(VigilTopics.QUALITY_RULES, FaultStack.QUALITY_BUCKET + "/" + QUALITY_PREFIX, qualityRule());
    }

    /** Adds the slice's objects, their announcements and the answers they lead to. */
    void addTo(int slice, List<StoredObject> objects, List<Input> inputs, Expected expected) {
        for (int o = 0; o < size.qualityObjects(); o++) {
            StoredObject object = qualityObject("%s%s/s%d-%d.csv".formatted(QUALITY_PREFIX, run, slice, o), expected);
            objects.add(object);
            inputs.add(object.announcement());
        }
        for (int f = 0; f < size.sensorFiles(); f++) {
            StoredObject file =
                    sensorFile("%s%s/s%d-%d.csv".formatted(FaultStack.SENSOR_PREFIX, run, slice, f), expected);
            objects.add(file);
            inputs.add(file.announcement());
        }
        expected.answer(new Answer(
                "/quality/summary?bucket=%s&prefix=%s".formatted(FaultStack.QUALITY_BUCKET, QUALITY_PREFIX),
                Map.of("/rules/0/objects", qualityObjects, "/rules/0/passed", qualityPassed, "/rules/0/missing", 0)));
        Instant from = firstReading.minus(Duration.ofHours(1));
        String period = "from=%s&to=%s".formatted(from, from.plus(Duration.ofDays(90)));
        goodRowsBySensor.forEach((sensor, count) ->
                expected.answer(new Answer("/sensors/" + sensor + "/stats?" + period, Map.of("/total/count", count))));
    }

    private StoredObject qualityObject(String key, Expected expected) {
        boolean passes = random.nextBoolean();
        int badRow = passes ? -1 : random.nextInt(ROWS_PER_QUALITY_OBJECT);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int r = 0; r < ROWS_PER_QUALITY_OBJECT; r++) {
            String value = r == badRow ? NOT_A_NUMBER : Double.toString(value());
            csv.append("q")
                    .append(r)
                    .append(',')
                    .append(firstReading)
                    .append(',')
                    .append(value)
                    .append('\n');
        }
        qualityObjects++;
        qualityPassed += passes ? 1 : 0;
        expected.answer(new Answer(
                "/quality/objects/%s/%s".formatted(FaultStack.QUALITY_BUCKET, key),
                Map.of("/outcome", "CHECKED", "/passed", passes)));
        return new StoredObject(FaultStack.QUALITY_BUCKET, key, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A file whose first row is good; in about half the files, one row in ten has a value that is not a number. */
    private StoredObject sensorFile(String key, Expected expected) {
        boolean withBadRows = random.nextBoolean();
        StringBuilder csv = new StringBuilder(HEADER);
        long good = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < size.rowsPerFile(); r++) {
            String sensor = run + "-sensor-" + random.nextInt(SENSORS);
            Instant at = firstReading.plusSeconds(readings++);
            csv.append(sensor).append(',').append(at).append(',');
            if (withBadRows && r > 0 && random.nextInt(10) == 0) {
                csv.append(NOT_A_NUMBER);
            } else {
                double value = value();
                csv.append(value);
                good++;
                min = Math.min(min, value);
                max = Math.max(max, value);
                goodRowsBySensor.merge(sensor, 1L, Long::sum);
            }
            csv.append('\n');
        }
        StoredObject file =
                new StoredObject(FaultStack.SENSOR_BUCKET, key, csv.toString().getBytes(StandardCharsets.UTF_8));
        long bad = size.rowsPerFile() - good;
        expected.answer(new Answer(
                "/files/" + SensorFileIds.of(file.bucket(), key, file.etag()),
                Map.of(
                        "/status", bad == 0 ? "processed" : "partial",
                        "/rows_seen", size.rowsPerFile(),
                        "/error_count", bad,
                        "/aggregates/row_count", good,
                        "/aggregates/min_value", min,
                        "/aggregates/max_value", max)));
        return file;
    }

    /** Two decimals between -50 and 150, written and read back exactly. */
    private double value() {
        return random.nextInt(20_000) / 100.0 - 50;
    }
}
