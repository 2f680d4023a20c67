package io.vigil.app.uptime;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.schema.uptime.StoreTimezone;
import io.vigil.topology.uptime.UptimeNames;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Uptime inputs written straight to their topics, as producers do, and the rows they must give. Store {@code <p>-up}
 * (UTC, open 24/7) is active from 30 to 15 minutes before the reference; store {@code <p>-silent} has a zone but no
 * poll, so it is down all week.
 */
final class UptimeData {

    static final String HEADER = "store_id,uptime_last_hour,uptime_last_day,uptime_last_week,"
            + "downtime_last_hour,downtime_last_day,downtime_last_week";

    private final String prefix;
    private final Instant reference;

    /** @param prefix makes this test's store ids unique on the shared topics */
    UptimeData(String prefix) {
        this.prefix = prefix;
        // recent, so that the poll store (retention by the newest poll any test wrote) keeps the polls
        this.reference = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.HOURS);
    }

    /** Every store id of this data starts with it. */
    String prefix() {
        return prefix;
    }

    Instant reference() {
        return reference;
    }

    String upStore() {
        return prefix + "-up";
    }

    String silentStore() {
        return prefix + "-silent";
    }

    String upRow() {
        return upStore() + ",15.00,0.25,0.25,45.00,23.75,167.75";
    }

    String silentRow() {
        return silentStore() + ",0.00,0.00,0.00,60.00,24.00,168.00";
    }

    void write(String bootstrapServers, SchemaRegistry registry) {
        Map<String, Object> settings =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            send(producer, registry, UptimeNames.TIMEZONES_TOPIC, upStore(), new StoreTimezone(upStore(), "UTC"));
            send(
                    producer,
                    registry,
                    UptimeNames.TIMEZONES_TOPIC,
                    silentStore(),
                    new StoreTimezone(silentStore(), "UTC"));
            send(producer, registry, UptimeNames.POLLS_TOPIC, upStore(), poll(30, StoreStatus.active));
            send(producer, registry, UptimeNames.POLLS_TOPIC, upStore(), poll(15, StoreStatus.inactive));
            producer.flush();
        }
    }

    private StorePoll poll(int minutesBefore, StoreStatus status) {
        return new StorePoll(upStore(), reference.minus(minutesBefore, ChronoUnit.MINUTES), status);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> void send(
            KafkaProducer<String, byte[]> producer, SchemaRegistry registry, String topic, String key, T value) {
        byte[] bytes =
                AvroSerde.of((Class<T>) value.getClass(), registry).serializer().serialize(topic, value);
        producer.send(new ProducerRecord<>(topic, key, bytes));
    }
}
