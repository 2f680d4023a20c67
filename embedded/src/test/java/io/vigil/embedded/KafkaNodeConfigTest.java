package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaNodeConfigTest {

    private static final Path DIR = Path.of("/data");
    private static final List<NodePorts> THREE =
            List.of(new NodePorts(9092, 9192), new NodePorts(9093, 9193), new NodePorts(9094, 9194));

    @Test
    void shouldReplicateInternalTopicsOnceOnASingleNode() {
        Map<String, Object> props =
                KafkaNodeConfig.of(KafkaClusterSpec.singleNode(DIR), List.of(new NodePorts(9092, 9093)), 0);

        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("log.cleaner.dedupe.buffer.size", "2097152")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("controller.quorum.voters", "0@localhost:9093")
                .doesNotContainKey("broker.session.timeout.ms");
    }

    @Test
    void shouldReplicateThreeTimesWithMinIsrTwoOnThreeNodes() {
        Map<String, Object> props = KafkaNodeConfig.of(KafkaClusterSpec.threeNodes(DIR), THREE, 1);

        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("share.coordinator.state.topic.replication.factor", "3")
                .containsEntry("broker.session.timeout.ms", "3000");
    }

    @Test
    void shouldGiveEachNodeItsOwnIdDirectoryAndListenersAndEveryNodeAsVoter() {
        Map<String, Object> props = KafkaNodeConfig.of(KafkaClusterSpec.threeNodes(DIR), THREE, 2);

        assertThat(props)
                .containsEntry("node.id", "2")
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("log.dirs", DIR.resolve("node-2").toString())
                .containsEntry("metadata.log.dir", DIR.resolve("node-2").toString())
                .containsEntry("listeners", "PLAINTEXT://localhost:9094,CONTROLLER://localhost:9194")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:9094")
                .containsEntry("controller.quorum.voters", "0@localhost:9192,1@localhost:9193,2@localhost:9194");
    }

    @Test
    void shouldLetOverridesWinOverDefaults() {
        KafkaClusterSpec spec = KafkaClusterSpec.singleNode(DIR)
                .withOverrides(Map.of("group.initial.rebalance.delay.ms", "3000", "num.partitions", "4"));

        Map<String, Object> props = KafkaNodeConfig.of(spec, List.of(new NodePorts(9092, 9093)), 0);

        assertThat(props)
                .containsEntry("group.initial.rebalance.delay.ms", "3000")
                .containsEntry("num.partitions", "4");
    }
}
