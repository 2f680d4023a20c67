package io.vigil.bench.fault;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Everything committed on the predicted output topics, counted by id as a downstream consumer sees it: an aborted
 * transaction's records never count, a record committed twice always does.
 */
final class OutputLedger implements AutoCloseable {

    private final Map<String, Output> byTopic = new HashMap<>();
    private final Map<Output, Deserializer<? extends SpecificRecord>> decoders = new EnumMap<>(Output.class);
    private final Map<Output, Map<String, Integer>> counts = new EnumMap<>(Output.class);
    private final TopicTail tail;

    OutputLedger(String bootstrapServers, SchemaRegistry registry) {
        for (Output output : Output.values()) {
            byTopic.put(output.topic(), output);
            decoders.put(output, AvroSerde.of(output.type(), registry).deserializer());
            counts.put(output, new ConcurrentHashMap<>());
        }
        tail = new TopicTail(bootstrapServers, byTopic.keySet(), this::take);
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        Output output = byTopic.get(record.topic());
        SpecificRecord value = decoders.get(output).deserialize(record.topic(), record.value());
        counts.get(output).merge(output.idOf(value), 1, Integer::sum);
    }

    /** How the outputs seen so far compare with {@code expected}. */
    Verdict verdict(Expected expected) {
        int seen = 0;
        int duplicates = 0;
        int lost = 0;
        int unexpected = 0;
        for (Output output : Output.values()) {
            Map<String, Integer> seenIds = Map.copyOf(counts.get(output));
            Set<String> expectedIds = expected.of(output);
            for (String id : expectedIds) {
                int count = seenIds.getOrDefault(id, 0);
                lost += count == 0 ? 1 : 0;
                duplicates += Math.max(0, count - 1);
            }
            seen += seenIds.values().stream().mapToInt(Integer::intValue).sum();
            unexpected += (int) seenIds.keySet().stream()
                    .filter(id -> !expectedIds.contains(id))
                    .count();
        }
        return Verdict.ofOutputs(expected.total(), seen, duplicates, lost, unexpected);
    }

    /** Telemetry and uptime alerts seen so far, every copy counted. */
    int alerts() {
        return Set.of(Output.TELEMETRY_ALERTS, Output.UPTIME_ALERTS).stream()
                .mapToInt(output -> counts.get(output).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .sum();
    }

    @Override
    public void close() throws InterruptedException {
        tail.close();
    }
}
