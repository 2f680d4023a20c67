package io.vigil.connectors.s3;

import io.vigil.schema.s3.S3ObjectEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** A polled object event and the jobs that claimed it, waiting to be read or being read. */
record PendingObject(ConsumerRecord<String, byte[]> record, S3ObjectEvent event, List<Claim> claims) {

    /** One handler's job on the object. */
    record Claim(String handler, ObjectJob job) {}

    PendingObject {
        claims = List.copyOf(claims);
    }

    TopicPartition partition() {
        return new TopicPartition(record.topic(), record.partition());
    }

    long offset() {
        return record.offset();
    }
}
