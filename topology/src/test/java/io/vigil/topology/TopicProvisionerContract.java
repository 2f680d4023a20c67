package io.vigil.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.testkit.KafkaBroker;
import io.vigil.testkit.TestNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/** Provisioning against a real broker; {@link TopicProvisionerIT} and {@link TopicProvisionerDockerIT} say which. */
@Timeout(120)
abstract class TopicProvisionerContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static TopicSpec spec(String name, int partitions, String cleanupPolicy) {
        return new TopicSpec(name, partitions, (short) 1, Map.of("cleanup.policy", cleanupPolicy));
    }

    private static String topic(TestInfo test, String suffix) {
        return "vigil." + TestNames.unique(test).replace("-", "") + "." + suffix;
    }

    @Test
    void shouldCreateMissingTopicsOnceAndLeaveThemOnTheNextRun(KafkaBroker cluster, TestInfo test) throws Exception {
        List<TopicSpec> topics =
                List.of(spec(topic(test, "events"), 3, "delete"), spec(topic(test, "state"), 2, "compact"));
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, TIMEOUT);

            provisioner.provision(topics);
            provisioner.provision(topics);

            var described = admin.describeTopics(
                            topics.stream().map(TopicSpec::name).toList())
                    .allTopicNames()
                    .get();
            assertThat(described.get(topics.get(0).name()).partitions()).hasSize(3);
            assertThat(described.get(topics.get(1).name()).partitions()).hasSize(2);
        }
    }

    @Test
    void shouldStopOnTooFewPartitionsOrTheWrongCleanupPolicy(KafkaBroker cluster, TestInfo test) throws Exception {
        String narrow = topic(test, "narrow");
        String deleting = topic(test, "deleting");
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(narrow, 1, (short) 1), new NewTopic(deleting, 2, (short) 1)))
                    .all()
                    .get();

            assertThatThrownBy(() -> new TopicProvisioner(admin, TIMEOUT)
                            .provision(List.of(spec(narrow, 4, "delete"), spec(deleting, 2, "compact"))))
                    .isInstanceOf(TopicMismatchException.class)
                    .hasMessageContaining(narrow + ": 1 partitions, expected 4")
                    .hasMessageContaining(deleting + ": cleanup.policy=delete, expected compact");
        }
    }

    @Test
    void shouldSayKafkaIsUnreachableInsteadOfHanging() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            assertThatThrownBy(() -> new TopicProvisioner(admin, Duration.ofSeconds(5))
                            .provision(List.of(spec("vigil.test.unreachable", 1, "delete"))))
                    .isInstanceOf(KafkaException.class)
                    .hasMessageContaining("Cannot list topics");
        }
    }
}
