package io.vigil.bench.uptime;

import io.vigil.bench.harness.BenchClients;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.topology.uptime.UptimeSerdes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The baseline's consumer: reads a copy of the polls topic and decodes every poll, and does nothing else with it, on
 * one thread of its own (a consumer must not be used by two threads), positioned at the end before each round.
 */
final class RawPollReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread named = new Thread(runnable, "uptime-raw-poll-reader");
        named.setDaemon(true);
        return named;
    });
    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<StorePoll> polls;

    /** @param serdes those the polls are written with (the registry that knows their schema id) */
    RawPollReader(String bootstrapServers, List<TopicPartition> partitions, UptimeSerdes serdes) throws Exception {
        this.polls = serdes.polls().deserializer();
        this.consumer = BenchClients.committedReader(bootstrapServers, new StringDeserializer());
        thread.submit(() -> consumer.assign(partitions)).get();
    }

    /** Moves to the end of every partition, so that the next {@link #read} sees only what is produced after. */
    void toEnd() throws Exception {
        thread.submit(() -> {
                    consumer.seekToEnd(consumer.assignment());
                    consumer.assignment().forEach(consumer::position);
                })
                .get();
    }

    /** Starts reading until {@code count} polls are read and decoded; the future gives a checksum of them. */
    Future<Long> read(long count) {
        return thread.submit(() -> {
            long read = 0;
            long checksum = 0;
            while (read < count) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    StorePoll poll = polls.deserialize(record.topic(), record.value());
                    checksum += poll.getStoreId().length() + poll.getStatus().ordinal();
                    read++;
                }
            }
            return checksum;
        });
    }

    @Override
    public void close() {
        try {
            thread.submit(() -> consumer.close()).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the raw poll reader", e);
        } finally {
            thread.shutdown();
        }
    }
}
