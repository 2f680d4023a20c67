package io.vigil.testkit;

/**
 * A running Kafka broker a test talks to, whatever started it: the embedded one ({@link EmbeddedKafkaExtension}) or a
 * container ({@link KafkaContainerExtension}). Tests written against this type run unchanged on either, which is how
 * every container test keeps an embedded twin.
 */
@FunctionalInterface
public interface KafkaBroker {

    /** The {@code bootstrap.servers} value for clients of this broker. */
    String bootstrapServers();
}
