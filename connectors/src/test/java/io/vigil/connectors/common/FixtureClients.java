package io.vigil.connectors.common;

import io.vigil.embedded.EmbeddedKafkaCluster;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The topics and Kafka clients every connector fixture makes on the shared test broker, made one way: string keys and
 * byte values, producers that wait for every replica, consumers that read from the start and commit only when told.
 */
public final class FixtureClients {

    private final EmbeddedKafkaCluster kafka;

    public FixtureClients(EmbeddedKafkaCluster kafka) {
        this.kafka = kafka;
    }

    /** Creates the topics and waits until they exist. */
    public void createTopics(NewTopic... topics) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(topics)).all().get();
        }
    }

    public KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /**
     * A consumer reading from the earliest offset with auto-commit off.
     *
     * @param settings added to (or overriding) those, such as the group id
     */
    public KafkaConsumer<String, byte[]> consumer(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>();
        all.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        all.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        all.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        all.putAll(settings);
        return new KafkaConsumer<>(all, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
