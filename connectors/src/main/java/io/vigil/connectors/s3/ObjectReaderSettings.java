package io.vigil.connectors.s3;

import java.time.Duration;

/**
 * How the object reader works.
 *
 * @param topic the object-event topic it reads
 * @param deadLetterTopic where events it cannot handle go
 * @param maxInFlight objects read at the same time
 * @param breakerFailures consecutive failed reads that open the circuit breaker
 * @param breakerCooldown how long the breaker stays open before one read is tried
 * @param resultTimeout how long a read waits for Kafka to acknowledge its results
 * @param commitInterval how often finished offsets are committed
 * @param shutdownTimeout how long closing waits for reads in flight
 */
public record ObjectReaderSettings(
        String topic,
        String deadLetterTopic,
        int maxInFlight,
        int breakerFailures,
        Duration breakerCooldown,
        Duration resultTimeout,
        Duration commitInterval,
        Duration shutdownTimeout) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 10;
    public static final int DEFAULT_BREAKER_FAILURES = 5;
    public static final Duration DEFAULT_BREAKER_COOLDOWN = Duration.ofSeconds(60);

    public ObjectReaderSettings {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
    }

    /** The defaults, for the given topics and breaker. */
    public static ObjectReaderSettings of(
            String topic, String deadLetterTopic, int maxInFlight, int breakerFailures, Duration breakerCooldown) {
        return new ObjectReaderSettings(
                topic,
                deadLetterTopic,
                maxInFlight,
                breakerFailures,
                breakerCooldown,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10));
    }
}
