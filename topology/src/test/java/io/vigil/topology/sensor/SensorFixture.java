package io.vigil.topology.sensor;

import io.vigil.schema.sensor.FileEnd;
import io.vigil.schema.sensor.FileFailed;
import io.vigil.schema.sensor.FileFailureReason;
import io.vigil.schema.sensor.FileStart;
import io.vigil.schema.sensor.ReadingBatch;
import io.vigil.schema.sensor.RowError;
import io.vigil.schema.sensor.RowErrorReason;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileIds;
import io.vigil.schema.sensor.SensorFileRecord;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorFileUploaded;
import io.vigil.schema.sensor.SensorReading;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The production topology in a test driver, with the sensor topics, stores and records of one file's reads. */
final class SensorFixture implements AutoCloseable {

    static final String BUCKET = "vigil-sensor";
    static final Instant UPLOADED = Instant.parse("2026-11-23T08:59:00Z");
    static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    private final VigilTopologyTestHarness harness;
    private final TestInputTopic<String, SensorFileUploaded> files;
    private final TestInputTopic<String, SensorFileRecord> readings;

    SensorFixture(Path stateDir) {
        harness = new VigilTopologyTestHarness(stateDir);
        files = harness.driver()
                .createInputTopic(
                        SensorNames.FILES_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(SensorFileUploaded.class, harness.registry())
                                .serializer());
        readings = harness.driver()
                .createInputTopic(
                        SensorNames.READINGS_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(SensorFileRecord.class, harness.registry()).serializer());
    }

    static String fileId(String key) {
        return SensorFileIds.of(BUCKET, key, "etag-" + key);
    }

    void upload(String key, String fileName, Instant at) {
        uploadUnder(fileId(key), key, fileName, at);
    }

    /** An upload on a record key of the caller's choice. */
    void uploadUnder(String recordKey, String key, String fileName, Instant at) {
        files.pipeInput(
                recordKey, new SensorFileUploaded(fileId(key), BUCKET, key, "etag-" + key, fileName, 1_234L, at), at);
    }

    void start(String key, String readId, Instant startedAt) {
        read(key, readId, new FileStart(BUCKET, key, "etag-" + key, 1_234L, UPLOADED, startedAt), startedAt);
    }

    void batch(String key, String readId, List<SensorReading> good, List<RowError> bad) {
        read(key, readId, new ReadingBatch(good, bad), NINE);
    }

    void end(String key, String readId, long good, long bad) {
        read(key, readId, new FileEnd(good + bad, good, bad, NINE.plusSeconds(5)), NINE.plusSeconds(5));
    }

    void fail(String key, String readId, FileFailureReason reason, String detail) {
        read(key, readId, new FileFailed(reason, detail, NINE.plusSeconds(5)), NINE.plusSeconds(5));
    }

    private void read(String key, String readId, Object body, Instant at) {
        String fileId = fileId(key);
        readings.pipeInput(fileId, new SensorFileRecord(fileId, readId, body), at);
    }

    static SensorReading reading(long row, String sensorId, Instant at, double value) {
        return new SensorReading(row, sensorId, at, value);
    }

    static RowError error(long row, long line, RowErrorReason reason) {
        return new RowError(row, line, reason, "detail " + row);
    }

    SensorFileAggregate aggregate(String key) {
        return this.<SensorFileAggregate>store(SensorNames.FILE_AGGREGATES_STORE)
                .get(fileId(key));
    }

    SensorFileSeries series(String key) {
        return this.<SensorFileSeries>store(SensorNames.FILE_SERIES_STORE).get(fileId(key));
    }

    /** The per-sensor statistics of one file, by sensor id, through the prefix scan the API makes. */
    Map<String, SensorStats> sensors(String key) {
        KeyValueStore<String, SensorStats> sensors = store(SensorNames.FILE_SENSORS_STORE);
        Map<String, SensorStats> bySensor = new LinkedHashMap<>();
        try (KeyValueIterator<String, SensorStats> entries = sensors.prefixScan(
                SensorKeys.fileSensorPrefix(fileId(key)), Serdes.String().serializer())) {
            entries.forEachRemaining(
                    entry -> bySensor.put(SensorKeys.parseFileSensor(entry.key).sensorId(), entry.value));
        }
        return bySensor;
    }

    <V> List<KeyValue<String, V>> all(String storeName) {
        KeyValueStore<String, V> store = store(storeName);
        try (KeyValueIterator<String, V> entries = store.all()) {
            List<KeyValue<String, V>> list = new ArrayList<>();
            entries.forEachRemaining(list::add);
            return list;
        }
    }

    /** The fold's count of skipped records, over every task. */
    double droppedRecords() {
        return harness.driver().metrics().entrySet().stream()
                .filter(metric -> metric.getKey().group().equals("stream-" + FileFolder.METRICS_SCOPE + "-metrics")
                        && metric.getKey().name().equals(FileFolder.DROPPED_RECORDS + "-total"))
                .mapToDouble(metric -> (Double) metric.getValue().metricValue())
                .sum();
    }

    <V> KeyValueStore<String, V> store(String name) {
        return harness.driver().getKeyValueStore(name);
    }

    @Override
    public void close() {
        harness.close();
    }
}
