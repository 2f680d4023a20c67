package io.vigil.topology.errors;

import io.vigil.schema.trace.CorrelationIds;
import io.vigil.topology.metrics.DomainMeters;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the source record of a failing processor to {@code vigil.dlq} (its original bytes, so it can be replayed)
 * and goes on with the next record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DomainMeters meters = DomainMeters.from(Map.of());

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        try (CorrelationIds.LogScope scope = CorrelationIds.logScope(context.headers())) {
            log.warn(
                    "Processor {} failed on the record from {} partition {} offset {}, sent to the DLQ: {}",
                    context.processorNodeId(),
                    context.topic(),
                    context.partition(),
                    context.offset(),
                    error.toString());
        }
        meters.deadLetter("processing", context.topic(), error);
        return Response.resume(
                List.of(DeadLetters.of(context, context.sourceRawKey(), context.sourceRawValue(), error)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        meters = DomainMeters.from(configs);
    }
}
