package io.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.embedded.EmbeddedKafkaCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaExtensionIT {

    @Test
    void shouldResolveARunningBrokerThatRoundTripsRecords(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        String topic = TestNames.unique(test);

        produce(kafka, topic, "hello");

        assertThat(kafka.nodes()).isEqualTo(1);
        assertThat(consumeOne(kafka, topic)).isEqualTo("hello");
    }

    @Test
    void shouldResolveTheSameBrokerForEveryParameter(EmbeddedKafkaCluster kafka, EmbeddedKafkaCluster again) {
        assertThat(again).isSameAs(kafka);
    }

    @Nested
    class WhenNested {
        @Test
        void shouldGiveNestedTestsTheSameBroker(EmbeddedKafkaCluster kafka) {
            assertThat(kafka.isRunning(0)).isTrue();
        }
    }

    private static void produce(EmbeddedKafkaCluster kafka, String topic, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static String consumeOne(EmbeddedKafkaCluster kafka, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            assertThat(values).as("records of %s", topic).isNotEmpty();
            return values.get(0);
        }
    }
}
