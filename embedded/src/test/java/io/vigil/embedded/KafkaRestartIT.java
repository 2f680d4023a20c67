package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class KafkaRestartIT {

    private static final String TOPIC = "vigil.test.restart";
    private static final String GROUP = "vigil-test-restart-group";
    private static final List<String> VALUES = List.of("r0", "r1", "r2", "r3", "r4");

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTopicsRecordsAndCommittedOffsetsAcrossRestart() throws Exception {
        List<Integer> ports = FreePorts.pick(2);
        KafkaClusterSpec spec = KafkaClusterSpec.singleNode(dataDir).withPorts(ports.get(0), ports.get(1));
        String clusterId;
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(spec)) {
            clusterId = kafka.clusterId();
            try (Admin admin = admin(kafka)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
            KafkaTestClients.produce(kafka.bootstrapServers(), TOPIC, VALUES);
            KafkaTestClients.commit(kafka.bootstrapServers(), GROUP, TOPIC, 3);
        }

        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(spec)) {
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + ports.get(0));
            try (Admin admin = admin(kafka)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                assertThat(offsets.get(new TopicPartition(TOPIC, 0)).offset()).isEqualTo(3);
            }
            assertThat(KafkaTestClients.readFromStart(kafka.bootstrapServers(), TOPIC, VALUES.size()))
                    .containsExactlyElementsOf(VALUES);
        }
    }

    private static Admin admin(EmbeddedKafkaCluster kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
