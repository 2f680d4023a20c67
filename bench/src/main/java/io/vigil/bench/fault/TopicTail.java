package io.vigil.bench.fault;

import io.vigil.bench.harness.BenchClients;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from the start on a thread of its own, {@code read_committed} as a downstream consumer would, and hands
 * every record to a sink, until closed.
 */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<ConsumerRecord<String, byte[]>> sink;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread reader;

    TopicTail(String bootstrapServers, Set<String> topics, Consumer<ConsumerRecord<String, byte[]>> sink) {
        this.sink = sink;
        this.consumer = BenchClients.committedReader(bootstrapServers, new StringDeserializer());
        // No group: every partition assigned from the start, so nothing a group remembers can hide a record.
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        reader = new Thread(this::read, "fault-tail-" + String.join(",", topics));
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (running.get()) {
                consumer.poll(Duration.ofMillis(200)).forEach(sink);
            }
        } catch (WakeupException e) {
            // close() woke the poll up
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        reader.join(Duration.ofSeconds(10).toMillis());
    }
}
