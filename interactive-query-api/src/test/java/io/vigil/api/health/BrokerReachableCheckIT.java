package io.vigil.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.FreePorts;
import io.vigil.testkit.EmbeddedKafkaExtension;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BrokerReachableCheckIT {

    @Test
    void shouldBeReadyWhileTheBrokerAnswers(EmbeddedKafkaCluster kafka) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(new BrokerReachableCheck(admin, Duration.ofSeconds(5)).problem())
                    .isEmpty();
        }
    }

    @Test
    void shouldNameTheProblemWithinTheTimeoutWhenNoBrokerAnswers() {
        String nobody = "127.0.0.1:" + FreePorts.pick();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                nobody,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                200))) {
            long started = System.nanoTime();

            var problem = new BrokerReachableCheck(admin, Duration.ofMillis(500)).problem();

            assertThat(problem).hasValueSatisfying(text -> assertThat(text).startsWith("Kafka did not answer"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
