package io.vigil.topology;

import java.util.List;
import org.apache.kafka.common.KafkaException;

/** Existing topics differ from their declaration in ways Vigil cannot run with. */
public final class TopicMismatchException extends KafkaException {

    public TopicMismatchException(List<String> problems) {
        super("Topics do not match their declaration: " + String.join("; ", problems));
    }
}
