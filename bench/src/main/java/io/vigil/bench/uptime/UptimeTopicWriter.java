package io.vigil.bench.uptime;

import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.BusinessInterval;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSerdes;
import io.vigil.topology.uptime.time.Poll;
import io.vigil.topology.uptime.time.WeeklyHours;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces uptime inputs straight to Vigil's topics, Avro in Confluent framing with the ids Vigil's own registry
 * derives, keyed by store id, stamped with the time of the write as the API's writes are.
 */
final class UptimeTopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final UptimeSerdes serdes = UptimeSerdes.of(new FingerprintSchemaRegistry());
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    UptimeTopicWriter(String bootstrapServers) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** The serdes records are written with; their registry knows the schema ids written. */
    UptimeSerdes serdes() {
        return serdes;
    }

    /** Every store's zone, then hours, then polls in time order; returns once all are acknowledged. */
    void load(UptimeInputs inputs) {
        for (String storeId : inputs.stores()) {
            if (inputs.hasZone(storeId)) {
                send(UptimeNames.TIMEZONES_TOPIC, storeId, zone(storeId, inputs));
            }
            if (inputs.hasHours(storeId)) {
                send(UptimeNames.BUSINESS_HOURS_TOPIC, storeId, hours(storeId, inputs.hours(storeId)));
            }
        }
        // the stores' n-th polls in turn, as the status file has them: time order, give or take a poll period
        boolean more = true;
        for (int n = 0; more; n++) {
            more = false;
            for (String storeId : inputs.stores()) {
                List<Poll> polls = inputs.polls(storeId);
                if (n < polls.size()) {
                    sendPoll(UptimeNames.POLLS_TOPIC, storeId, polls.get(n));
                    more = true;
                }
            }
        }
        flush();
    }

    /** One poll of a store to {@code topic} (Vigil's polls topic, or a copy of it). */
    void sendPoll(String topic, String storeId, Poll poll) {
        StorePoll value = new StorePoll(storeId, poll.at(), poll.active() ? StoreStatus.active : StoreStatus.inactive);
        producer.send(
                new ProducerRecord<>(
                        topic,
                        null,
                        System.currentTimeMillis(),
                        storeId,
                        serdes.polls().serializer().serialize(topic, value)),
                this::sent);
    }

    /** Waits until everything sent is acknowledged; the first failure, if any, fails the benchmark. */
    void flush() {
        producer.flush();
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("producing uptime inputs failed", failed);
        }
    }

    private void send(String topic, String storeId, byte[] value) {
        producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), storeId, value), this::sent);
    }

    private byte[] zone(String storeId, UptimeInputs inputs) {
        StoreTimezone zone = new StoreTimezone(storeId, inputs.zone(storeId).getId());
        return serdes.zones().serializer().serialize(UptimeNames.TIMEZONES_TOPIC, zone);
    }

    private byte[] hours(String storeId, WeeklyHours hours) {
        List<BusinessInterval> intervals = hours.intervals().stream()
                .map(interval -> new BusinessInterval(
                        interval.day().getValue() - 1,
                        interval.start().toString(),
                        interval.end().toString()))
                .toList();
        BusinessHours record = new BusinessHours(storeId, intervals, null, null);
        return serdes.hours().serializer().serialize(UptimeNames.BUSINESS_HOURS_TOPIC, record);
    }

    private void sent(org.apache.kafka.clients.producer.RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            failure.compareAndSet(null, exception);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
