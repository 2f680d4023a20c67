package io.vigil.topology;

import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TopologyTestDriver;

/** The production topology and Streams settings in a {@link TopologyTestDriver}, for tests of every processor. */
public final class VigilTopologyTestHarness implements AutoCloseable {

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final SharedRocksDbMemory rocksDb = new SharedRocksDbMemory(8L * 1024 * 1024, 2L * 1024 * 1024);
    private final TopologyTestDriver driver;

    public VigilTopologyTestHarness(Path stateDir) {
        VigilConfig config = new VigilConfig(Map.of(
                VigilConfig.BOOTSTRAP_SERVERS_CONFIG,
                "unused:9092",
                VigilConfig.STATE_DIR_CONFIG,
                stateDir.toString()));
        Properties props = StreamsSettings.of(config, 8080, rocksDb);
        driver = new TopologyTestDriver(VigilTopology.build(registry, props), props);
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    public FingerprintSchemaRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        driver.close();
        rocksDb.close();
    }
}
