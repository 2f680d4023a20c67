package io.vigil.connectors.s3;

/** Told of every object event the reader moved to the dead-letter topic, for metrics. */
@FunctionalInterface
public interface DeadLetterListener {

    /**
     * @param topic the topic the event came from
     * @param reason why it could not be handled
     */
    void deadLettered(String topic, Exception reason);
}
