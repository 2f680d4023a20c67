package io.vigil.topology.errors;

import io.vigil.schema.trace.CorrelationIds;
import io.vigil.topology.metrics.DomainMeters;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that cannot be deserialised to {@code vigil.dlq} and goes on. Kafka Streams counts each in its
 * {@code dropped-records} task metric.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DomainMeters meters = DomainMeters.from(Map.of());

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
        try (CorrelationIds.LogScope scope = CorrelationIds.logScope(context.headers())) {
            log.warn(
                    "Undeserialisable record on {} partition {} offset {} sent to the DLQ: {}",
                    context.topic(),
                    context.partition(),
                    context.offset(),
                    error.getMessage());
        }
        meters.deadLetter("deserialization", context.topic(), error);
        return Response.resume(List.of(DeadLetters.of(context, record.key(), record.value(), error)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        meters = DomainMeters.from(configs);
    }
}
