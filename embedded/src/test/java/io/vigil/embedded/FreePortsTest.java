package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void shouldPickDistinctPortsThatCanBeBound() throws Exception {
        List<Integer> ports = FreePorts.pick(5);

        assertThat(ports).hasSize(5).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p)
                .isBetween(1, 65_535));
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void shouldRejectANonPositiveCount() {
        assertThatThrownBy(() -> FreePorts.pick(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTellATakenPortFromAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(FreePorts.isFree(taken.getLocalPort())).isFalse();
        }
        assertThat(FreePorts.isFree(FreePorts.pick())).isTrue();
    }

    @Test
    void shouldNameEveryTakenPortInOneException() throws Exception {
        try (ServerSocket first = new ServerSocket(0);
                ServerSocket second = new ServerSocket(0)) {
            int a = first.getLocalPort();
            int b = second.getLocalPort();

            assertThatThrownBy(() -> FreePorts.requireFree(Map.of("Kafka", a, "S3", b, "SQS", 0)))
                    .isInstanceOfSatisfying(PortInUseException.class, e -> assertThat(e.ports())
                            .containsOnly(Map.entry("Kafka", a), Map.entry("S3", b)))
                    .hasMessageContaining(a + " (Kafka)")
                    .hasMessageContaining(b + " (S3)")
                    .hasMessageEndingWith("are already in use");
        }
    }

    @Test
    void shouldAcceptRandomAndFreePorts() {
        FreePorts.requireFree(Map.of("Kafka", 0, "S3", FreePorts.pick()));
    }
}
