package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClusterSpecTest {

    private static final Path DIR = Path.of("/tmp/vigil-spec");

    @Test
    void shouldDescribeOneRandomPortNodeForSingleNode() {
        KafkaClusterSpec spec = KafkaClusterSpec.singleNode(DIR);

        assertThat(spec.nodes()).isEqualTo(1);
        assertThat(spec.brokerPortOf(0)).isZero();
        assertThat(spec.controllerPortOf(0)).isZero();
        assertThat(spec.nodeDir(0)).isEqualTo(DIR.resolve("node-0"));
    }

    @Test
    void shouldGiveEachNodeConsecutiveFixedPorts() {
        KafkaClusterSpec spec = KafkaClusterSpec.threeNodes(DIR).withPorts(19092, 19192);

        assertThat(spec.brokerPortOf(2)).isEqualTo(19094);
        assertThat(spec.controllerPortOf(1)).isEqualTo(19193);
    }

    @Test
    void shouldRejectNodeCountsOutsideOneToNine() {
        assertThatThrownBy(() -> new KafkaClusterSpec(0, DIR, 0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nodes must be between 1 and 9");
        assertThatThrownBy(() -> new KafkaClusterSpec(10, DIR, 0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectPortRangesBeyondTheLastPort() {
        assertThatThrownBy(() -> KafkaClusterSpec.threeNodes(DIR).withPorts(65_534, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("brokerPort range 65534-65536 is not a valid port range");
        assertThatThrownBy(() -> KafkaClusterSpec.singleNode(DIR).withPorts(0, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectOverlappingBrokerAndControllerPorts() {
        assertThatThrownBy(() -> KafkaClusterSpec.threeNodes(DIR).withPorts(9092, 9094))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("broker ports 9092-9094 overlap controller ports 9094-9096");
    }

    @Test
    void shouldRejectNodesOutsideTheCluster() {
        KafkaClusterSpec spec = KafkaClusterSpec.threeNodes(DIR);

        assertThatThrownBy(() -> spec.nodeDir(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no node 3 in a cluster of 3");
        assertThatThrownBy(() -> spec.brokerPortOf(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMergeOverridesAndKeepThemImmutable() {
        Map<String, String> mutable = new HashMap<>(Map.of("num.partitions", "3"));
        KafkaClusterSpec spec = KafkaClusterSpec.singleNode(DIR)
                .withOverrides(mutable)
                .withOverrides(Map.of("num.partitions", "6", "log.retention.hours", "1"));
        mutable.put("auto.create.topics.enable", "false");

        assertThat(spec.overrides())
                .containsOnly(Map.entry("num.partitions", "6"), Map.entry("log.retention.hours", "1"));
        assertThatThrownBy(() -> spec.overrides().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
