package io.vigil.connectors.webhook;

import org.apache.kafka.common.TopicPartition;

/**
 * An alert record the sender holds: how many of its deliveries are unfinished, and whether its partition has gone to
 * another instance since it was polled (then its deliveries' outcomes no longer count here). Used by the poll thread
 * only.
 */
final class PolledAlert {

    private final TopicPartition partition;
    private final long offset;
    private final AlertMessage message;
    private int unfinished;
    private boolean forgotten;

    PolledAlert(TopicPartition partition, long offset, AlertMessage message, int deliveries) {
        this.partition = partition;
        this.offset = offset;
        this.message = message;
        this.unfinished = deliveries;
    }

    TopicPartition partition() {
        return partition;
    }

    long offset() {
        return offset;
    }

    AlertMessage message() {
        return message;
    }

    /** @return whether that was the last unfinished delivery */
    boolean deliveryFinished() {
        unfinished--;
        return unfinished == 0;
    }

    int unfinished() {
        return unfinished;
    }

    void forget() {
        forgotten = true;
    }

    boolean forgotten() {
        return forgotten;
    }
}
