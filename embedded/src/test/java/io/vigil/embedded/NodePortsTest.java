package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodePortsTest {

    @Test
    void shouldUseTheSpecsFixedPorts() {
        KafkaClusterSpec spec = KafkaClusterSpec.threeNodes(Path.of("/d")).withPorts(20000, 21000);

        assertThat(NodePorts.resolveAll(spec))
                .containsExactly(new NodePorts(20000, 21000), new NodePorts(20001, 21001), new NodePorts(20002, 21002));
    }

    @Test
    void shouldPickDistinctPortsForEveryRandomOne() {
        KafkaClusterSpec spec = KafkaClusterSpec.threeNodes(Path.of("/d"));

        List<NodePorts> ports = NodePorts.resolveAll(spec);

        assertThat(ports.stream().flatMap(p -> Stream.of(p.broker(), p.controller())))
                .hasSize(6)
                .doesNotHaveDuplicates()
                .doesNotContain(0);
    }

    @Test
    void shouldMixFixedBrokerAndRandomControllerPorts() {
        KafkaClusterSpec spec = KafkaClusterSpec.singleNode(Path.of("/d")).withPorts(20000, 0);

        NodePorts ports = NodePorts.resolveAll(spec).get(0);

        assertThat(ports.broker()).isEqualTo(20000);
        assertThat(ports.controller()).isPositive().isNotEqualTo(20000);
    }
}
