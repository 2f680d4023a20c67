package io.vigil.topology.errors;

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

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
        log.warn(
                "Processor {} failed on the record from {} partition {} offset {}, sent to the DLQ: {}",
                context.processorNodeId(),
                context.topic(),
                context.partition(),
                context.offset(),
                error.toString());
        return Response.resume(
                List.of(DeadLetters.of(context, context.sourceRawKey(), context.sourceRawValue(), error)));
    }

    @Override
    public void configure(Map<String, ?> configs) {}
}
