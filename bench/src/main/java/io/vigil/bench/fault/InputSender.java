package io.vigil.bench.fault;

import io.vigil.bench.harness.BenchClients;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Sends the workload as a producer application would: idempotent, {@code acks=all}, Avro in Confluent framing. A
 * broker that stops mid-send costs retries, never a lost or doubled input.
 */
final class InputSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final SchemaRegistry registry;
    private final Map<Class<?>, Serializer<SpecificRecord>> serializers = new HashMap<>();

    InputSender(String bootstrapServers, SchemaRegistry registry) {
        this.registry = registry;
        this.producer = BenchClients.idempotentProducer(bootstrapServers, 5);
    }

    /** Sends {@code inputs} in order and waits until the cluster has acknowledged every one. */
    void send(List<Input> inputs) throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Input input : inputs) {
            byte[] value = serializer(input.value()).serialize(input.topic(), input.value());
            acks.add(producer.send(new ProducerRecord<>(input.topic(), input.key(), value)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    @SuppressWarnings("unchecked")
    private Serializer<SpecificRecord> serializer(SpecificRecord value) {
        return serializers.computeIfAbsent(value.getClass(), type -> (Serializer<SpecificRecord>)
                AvroSerde.of((Class<SpecificRecord>) type, registry).serializer());
    }

    @Override
    public void close() {
        producer.close();
    }
}
