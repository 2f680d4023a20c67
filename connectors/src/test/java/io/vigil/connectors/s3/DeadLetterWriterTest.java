package io.vigil.connectors.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class DeadLetterWriterTest {

    private final List<String> told = new ArrayList<>();
    private final ConsumerRecord<String, byte[]> poison =
            new ConsumerRecord<>("vigil.s3.object-events", 0, 7L, "landing/x.csv", new byte[] {1});

    @Test
    void shouldTellTheListenerOnceTheDeadLetterIsWritten() {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());

        writer(producer).write(poison, "reader", new IllegalStateException("bad event"));

        assertThat(producer.history()).hasSize(1);
        assertThat(told).containsExactly("vigil.s3.object-events IllegalStateException");
    }

    @Test
    void shouldTellNothingWhenKafkaRefusesTheDeadLetter() {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        producer.sendException = new KafkaException("broker gone");

        assertThatThrownBy(() -> writer(producer).write(poison, "reader", new IllegalStateException("bad event")))
                .isInstanceOf(KafkaException.class);
        assertThat(told).isEmpty();
    }

    private DeadLetterWriter writer(MockProducer<String, byte[]> producer) {
        return new DeadLetterWriter(
                producer,
                "vigil.dlq",
                Duration.ofSeconds(1),
                (topic, reason) -> told.add(topic + " " + reason.getClass().getSimpleName()));
    }
}
