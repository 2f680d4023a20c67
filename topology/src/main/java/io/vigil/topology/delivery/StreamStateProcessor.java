package io.vigil.topology.delivery;

import io.vigil.schema.delivery.AlertKind;
import io.vigil.schema.delivery.ArrivalRecord;
import io.vigil.schema.delivery.DeliveryAction;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.delivery.ExpectationRoute;
import io.vigil.topology.delivery.expectation.ExpectationValidator;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.delivery.schedule.Cadence;
import io.vigil.topology.delivery.state.StreamStates;
import io.vigil.topology.metrics.AlertCounters;
import io.vigil.topology.metrics.DomainMeters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds a stream's expectation, qualifying arrivals and commands into {@value DeliveryNames#STREAM_STATE_STORE}, and
 * is the sweeper: a wall-clock punctuator that evaluates only the streams whose next action is due, found through
 * {@value DeliveryNames#DUE_INDEX_STORE} (key: zero-padded epoch millis, then the stream key), never by a full scan.
 */
final class StreamStateProcessor implements Processor<String, StreamInput, String, StreamOutput> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamStateProcessor.class);

    private final Duration sweepInterval;
    private ProcessorContext<String, StreamOutput> context;
    private StreamLedger ledger;
    private AlertCounters<AlertKind> alertCounts;
    /**
     * The headers of the record being processed (its correlation id), copied to what it causes; empty while the
     * sweeper runs. A field, not a parameter through every step: process and punctuate never interleave on a task.
     */
    private Headers cause = new RecordHeaders();

    StreamStateProcessor(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    @Override
    public void init(ProcessorContext<String, StreamOutput> context) {
        this.context = context;
        this.ledger = new StreamLedger(
                context.getStateStore(DeliveryNames.STREAM_STATE_STORE),
                context.getStateStore(DeliveryNames.DUE_INDEX_STORE),
                context.getStateStore(DeliveryNames.ALERT_LOG_STORE),
                context.getStateStore(DeliveryNames.CALENDARS_STORE));
        this.alertCounts = AlertCounters.of(DomainMeters.from(context.appConfigs()), "delivery", AlertKind.class);
        context.schedule(sweepInterval, PunctuationType.WALL_CLOCK_TIME, now -> sweep(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, StreamInput> record) {
        String streamKey = record.key();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (streamKey == null) {
            return;
        }
        StreamInput input = record.value();
        cause = record.headers();
        try {
            if (input instanceof StreamInput.ExpectationChanged changed) {
                onExpectation(streamKey, changed.expectation(), now);
            } else if (input instanceof StreamInput.Arrived arrived) {
                onArrival(streamKey, arrived.event(), now);
            } else if (input instanceof StreamInput.Commanded commanded) {
                onCommand(streamKey, commanded.command(), now);
            }
        } finally {
            cause = new RecordHeaders();
        }
    }

    private void onExpectation(String streamKey, Expectation expectation, Instant now) {
        DeliveryStreamState current = ledger.state(streamKey);
        if (expectation == null) {
            if (current != null) {
                retire(streamKey, current, now);
            }
            return;
        }
        requireValid(streamKey, expectation);
        Cadence cadence = ledger.cadence(expectation);
        DeliveryStreamState next = current == null
                ? StreamStates.initial(expectation, cadence)
                : StreamStates.withExpectation(current, expectation, cadence, now);
        if (current != null && !current.getExpectation().getBucket().equals(expectation.getBucket())) {
            route(current.getExpectation().getBucket(), streamKey, null, now);
        }
        route(expectation.getBucket(), streamKey, expectation, now);
        evaluateAndStore(streamKey, current, next, now);
    }

    private void onArrival(String streamKey, DeliveryEvent event, Instant now) {
        DeliveryStreamState current = ledger.state(streamKey);
        if (current == null) {
            LOG.debug("Arrival {} for {} after its expectation was deleted; ignored", event.getKey(), streamKey);
            return;
        }
        ArrivalRecord arrival = ArrivalRecord.newBuilder()
                .setArrivedAt(event.getArrivedAt())
                .setDeliveryDay(event.getDeliveryDay())
                .setKey(event.getKey())
                .setEtag(event.getEtag())
                .build();
        evaluateAndStore(streamKey, current, StreamStates.withArrival(current, arrival), now);
    }

    private void onCommand(String streamKey, DeliveryCommand command, Instant now) {
        if (DeliveryNames.ALL_STREAMS_KEY.equals(streamKey)) {
            sweep(now);
            return;
        }
        DeliveryStreamState current = ledger.state(streamKey);
        if (current == null) {
            LOG.info("{} for unknown stream {} ignored", command.getAction(), streamKey);
            return;
        }
        DeliveryStreamState next = current;
        if (command.getAction() == DeliveryAction.ack) {
            next = StreamStates.acknowledged(current, command.getEpisodeId()).orElse(current);
        } else if (command.getAction() == DeliveryAction.snooze) {
            next = StreamStates.snoozed(current, command.getSnoozeUntil());
        } else if (command.getAction() == DeliveryAction.unsnooze) {
            next = StreamStates.snoozed(current, null);
        }
        evaluateAndStore(streamKey, current, next, now);
    }

    private void sweep(Instant now) {
        ledger.sweep(now, (streamKey, alerts) -> emit(streamKey, alerts, now));
    }

    private void evaluateAndStore(
            String streamKey, DeliveryStreamState before, DeliveryStreamState changed, Instant now) {
        emit(streamKey, ledger.evaluateAndStore(streamKey, before, changed, now), now);
    }

    private void retire(String streamKey, DeliveryStreamState current, Instant now) {
        List<DeliveryAlert> resolutions = ledger.retire(streamKey, current, now);
        route(current.getExpectation().getBucket(), streamKey, null, now);
        emit(streamKey, resolutions, now);
    }

    private void emit(String streamKey, List<DeliveryAlert> alerts, Instant now) {
        for (DeliveryAlert alert : alerts) {
            context.forward(new Record<>(streamKey, new StreamOutput.Alert(alert), now.toEpochMilli(), cause));
            alertCounts.count(alert.getKind());
        }
    }

    private void route(String bucket, String streamKey, Expectation expectation, Instant now) {
        ExpectationRoute route = new ExpectationRoute(streamKey, expectation);
        context.forward(new Record<>(streamKey, new StreamOutput.Route(bucket, route), now.toEpochMilli(), cause));
    }

    private static void requireValid(String streamKey, Expectation expectation) {
        List<FieldError> errors = ExpectationValidator.validate(expectation);
        if (!errors.isEmpty()) {
            throw new InvalidExpectationException(streamKey + ": "
                    + errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        }
    }
}
