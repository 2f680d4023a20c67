package io.vigil.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins processor, store and internal topic names: renaming one orphans its changelog or repartition topic in every
 * running deployment. When a change is intended, run the test with {@code -Dvigil.update.pins=true} and commit the new description.
 */
class TopologyDescriptionTest {

    private static final Path PINNED = Path.of("src", "test", "resources", "topology-description.txt");

    @Test
    void shouldKeepEveryProcessorStoreAndInternalTopicName() throws Exception {
        String described;
        try (SharedRocksDbMemory rocksDb = new SharedRocksDbMemory(2L * 1024 * 1024, 1024 * 1024)) {
            VigilConfig config = new VigilConfig(Map.of());
            described = VigilTopology.build(
                            new FingerprintSchemaRegistry(), config, StreamsSettings.of(config, 8080, rocksDb))
                    .describe()
                    .toString();
        }
        if (Boolean.getBoolean("vigil.update.pins")) {
            Files.writeString(PINNED, described);
        }
        assertThat(described)
                .as("topology changed; if intended, rerun with -Dvigil.update.pins=true and commit %s", PINNED)
                .isEqualTo(Files.readString(PINNED));
    }
}
