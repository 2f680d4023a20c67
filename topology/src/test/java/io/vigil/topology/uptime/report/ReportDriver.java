package io.vigil.topology.uptime.report;

import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.StreamsSettings;
import io.vigil.topology.VigilTopology;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The production topology in a {@link TopologyTestDriver} with an in-memory {@link ReportObjects} (the topology module
 * has no S3 client; the app's ITs use the real S3 endpoint). Every task is partition 0 here.
 */
final class ReportDriver implements AutoCloseable {

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    /** One task holds every store here; with much less than 0.5 MiB of write buffer a store, every write flushes. */
    private final SharedRocksDbMemory rocksDb = new SharedRocksDbMemory(64L * 1024 * 1024, 32L * 1024 * 1024);

    private final Map<String, byte[]> objects = new LinkedHashMap<>();
    private final TopologyTestDriver driver;

    ReportDriver(Path stateDir, Instant wallClock) {
        this(stateDir, wallClock, Map.of());
    }

    /** @param settings Vigil settings beyond the broker and state directory */
    ReportDriver(Path stateDir, Instant wallClock, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put(VigilConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        all.put(VigilConfig.STATE_DIR_CONFIG, stateDir.toString());
        VigilConfig config = new VigilConfig(all);
        Properties props = StreamsSettings.of(config, 8080, rocksDb);
        ReportObjects store = (reportId, csv) -> {
            String key = "uptime-reports/" + reportId + ".csv";
            objects.put(key, csv.clone());
            return key;
        };
        driver = new TopologyTestDriver(VigilTopology.build(registry, config, props, store), props, wallClock);
    }

    TopologyTestDriver driver() {
        return driver;
    }

    /** The objects written so far, by key, in the order of their first write. */
    Map<String, byte[]> objects() {
        return objects;
    }

    <T extends SpecificRecord> TestInputTopic<String, T> input(String topic, Class<T> type) {
        return driver.createInputTopic(
                topic, new StringSerializer(), AvroSerde.of(type, registry).serializer());
    }

    <T extends SpecificRecord> TestOutputTopic<String, T> output(String topic, Class<T> type) {
        return driver.createOutputTopic(
                topic, new StringDeserializer(), AvroSerde.of(type, registry).deserializer());
    }

    @Override
    public void close() {
        driver.close();
        rocksDb.close();
        registry.close();
    }
}
