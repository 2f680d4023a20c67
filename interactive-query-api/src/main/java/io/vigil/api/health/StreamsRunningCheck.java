package io.vigil.api.health;

import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/** Ready while Kafka Streams is {@code RUNNING}: before that, or while it rebalances, stores may not answer. */
public final class StreamsRunningCheck implements ReadinessCheck {

    private final KafkaStreams streams;

    /** @param streams the instance whose state decides */
    public StreamsRunningCheck(KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public String name() {
        return "kafka-streams";
    }

    @Override
    public Optional<String> problem() {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.RUNNING
                ? Optional.empty()
                : Optional.of("Kafka Streams is " + state + ", not RUNNING");
    }
}
