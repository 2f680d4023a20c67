package io.vigil.bench.harness;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka clients benchmarks and the fault harness drive Vigil with, set up as its users' clients would be. */
public final class BenchClients {

    private BenchClients() {}

    /**
     * A consumer that sees what a downstream consumer sees: committed records only ({@code read_committed}), no group
     * and no commits, so the caller assigns partitions and seeks itself.
     */
    public static <K> KafkaConsumer<K, byte[]> committedReader(String bootstrapServers, Deserializer<K> keys) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                keys,
                new ByteArrayDeserializer());
    }

    /** A producer as a careful producer application runs one: idempotent, {@code acks=all}. */
    public static KafkaProducer<String, byte[]> idempotentProducer(String bootstrapServers, int lingerMs) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        lingerMs),
                new StringSerializer(),
                new ByteArraySerializer());
    }
}
