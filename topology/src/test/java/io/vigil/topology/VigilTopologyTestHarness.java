package io.vigil.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.topology.metrics.DomainMeters;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TopologyTestDriver;

/** The production topology and Streams settings in a {@link TopologyTestDriver}, for tests of every processor. */
public final class VigilTopologyTestHarness implements AutoCloseable {

    /** The delivery sweeper's interval in tests. */
    public static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    /** One task holds every store here; with much less than 0.5 MiB of write buffer a store, every write flushes. */
    private final SharedRocksDbMemory rocksDb = new SharedRocksDbMemory(64L * 1024 * 1024, 32L * 1024 * 1024);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TopologyTestDriver driver;

    public VigilTopologyTestHarness(Path stateDir) {
        this(stateDir, Instant.now());
    }

    /** With the driver's wall clock starting at {@code wallClock}; advance it to run the wall-clock punctuators. */
    public VigilTopologyTestHarness(Path stateDir, Instant wallClock) {
        VigilConfig config = new VigilConfig(Map.of(
                VigilConfig.BOOTSTRAP_SERVERS_CONFIG,
                "unused:9092",
                VigilConfig.STATE_DIR_CONFIG,
                stateDir.toString(),
                VigilConfig.DELIVERY_SWEEP_INTERVAL_CONFIG,
                SWEEP_INTERVAL.toMillis()));
        Properties props = StreamsSettings.of(config, 8080, rocksDb);
        props.put(DomainMeters.REGISTRY_CONFIG, meters);
        driver = new TopologyTestDriver(VigilTopology.build(registry, config, props), props, wallClock);
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    /** Where the topology's domain meters count. */
    public SimpleMeterRegistry meters() {
        return meters;
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
