package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ThreeNodeClusterIT {

    private static final String TOPIC = "vigil.test.replicated";

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepAcceptingAcksAllWritesWhenThePartitionLeaderStops() throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(KafkaClusterSpec.threeNodes(dataDir)
                        .withOverrides(
                                Map.of("broker.session.timeout.ms", "3000", "broker.heartbeat.interval.ms", "500")));
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasSize(3);
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 3).configs(Map.of("min.insync.replicas", "2"))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            KafkaTestClients.produce(kafka.bootstrapServers(), TOPIC, List.of("before-1", "before-2"));

            int leader = leaderOf(admin);
            kafka.stopNode(leader);

            assertThat(kafka.isRunning(leader)).isFalse();
            KafkaTestClients.produce(kafka.bootstrapServers(), TOPIC, List.of("after-1", "after-2"));
            assertThat(KafkaTestClients.readFromStart(kafka.bootstrapServers(), TOPIC, 4))
                    .containsExactly("before-1", "before-2", "after-1", "after-2");
            assertThat(leaderOf(admin)).isNotEqualTo(leader);

            kafka.startNode(leader);

            assertThat(kafka.isRunning(leader)).isTrue();
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .extracting(Node::id)
                    .containsExactlyInAnyOrder(0, 1, 2);
        }
    }

    private static int leaderOf(Admin admin) throws Exception {
        TopicDescription topic = admin.describeTopics(List.of(TOPIC))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(TOPIC);
        return topic.partitions().get(0).leader().id();
    }
}
