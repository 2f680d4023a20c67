package io.vigil.connectors.s3;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Where a job writes its results. Sends are asynchronous; the reader waits for all of a job's sends to be acknowledged
 * before it counts the object as done, so an offset is committed only once its results are in Kafka. A count rather
 * than a list of futures keeps the memory flat for a job that writes millions of records.
 */
public final class ResultSink {

    private final Producer<String, byte[]> producer;
    private long unacknowledged;
    private Exception firstFailure;

    ResultSink(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Sends one result record. */
    public void send(String topic, String key, byte[] value) {
        synchronized (this) {
            unacknowledged++;
        }
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> acknowledged(error));
    }

    private synchronized void acknowledged(Exception error) {
        unacknowledged--;
        if (error != null && firstFailure == null) {
            firstFailure = error;
        }
        notifyAll();
    }

    /**
     * Waits until every record sent so far is acknowledged.
     *
     * @throws KafkaException if a send failed
     * @throws TimeoutException if they are not all acknowledged in time
     */
    synchronized void awaitDurable(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unacknowledged > 0) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new TimeoutException(unacknowledged + " results not acknowledged within " + timeout);
            }
            wait(remainingMillis);
        }
        if (firstFailure != null) {
            throw new KafkaException("a result could not be written: " + firstFailure.getMessage(), firstFailure);
        }
    }
}
