package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaClusterTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldRefuseATakenBrokerPortBeforeTouchingTheDataDirectory() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            KafkaClusterSpec spec = KafkaClusterSpec.singleNode(dataDir).withPorts(port, 0);

            assertThatThrownBy(() -> EmbeddedKafkaCluster.start(spec))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + port + " (Kafka node 0 broker) is already in use");
            assertThat(dataDir.resolve("node-0")).doesNotExist();
        }
    }
}
