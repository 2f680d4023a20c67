package io.vigil.topology.uptime.alert;

import io.vigil.schema.uptime.StoreAlertKind;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.metrics.AlertCounters;
import io.vigil.topology.metrics.DomainMeters;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.UptimeStores;
import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tracks each store's inactivity in {@value UptimeNames#ALERT_STATE_STORE} and raises its downtime alerts: a
 * wall-clock punctuator reads only the stores whose crossing has passed, through {@value UptimeNames#ALERT_DUE_STORE},
 * never all stores.
 */
final class StoreAlertProcessor implements Processor<String, StoreChange, String, StoreDownAlert> {

    private final AlertSettings alertSettings;
    private final UptimeSettings uptimeSettings;
    private ProcessorContext<String, StoreDownAlert> context;
    private StoreAlertTracker tracker;
    private AlertCounters<StoreAlertKind> alertCounts;

    StoreAlertProcessor(AlertSettings alertSettings, UptimeSettings uptimeSettings) {
        this.alertSettings = alertSettings;
        this.uptimeSettings = uptimeSettings;
    }

    @Override
    public void init(ProcessorContext<String, StoreDownAlert> context) {
        this.context = context;
        StoreReader reader = new StoreReader(
                context.getStateStore(UptimeNames.POLLS_STORE),
                new UptimeStores(
                        context.getStateStore(UptimeNames.POLLS_STORE),
                        context.getStateStore(UptimeNames.BUSINESS_HOURS_STORE),
                        context.getStateStore(UptimeNames.TIMEZONES_STORE),
                        uptimeSettings),
                context.getStateStore(UptimeNames.STATUS_STORE),
                context.getStateStore(DeliveryNames.CALENDARS_STORE),
                uptimeSettings);
        this.tracker = new StoreAlertTracker(
                context.getStateStore(UptimeNames.ALERT_STATE_STORE),
                new AlertIndex(context.getStateStore(UptimeNames.ALERT_DUE_STORE)),
                reader,
                alertSettings.threshold());
        this.alertCounts = AlertCounters.of(DomainMeters.from(context.appConfigs()), "uptime", StoreAlertKind.class);
        context.schedule(
                alertSettings.punctuationInterval(),
                PunctuationType.WALL_CLOCK_TIME,
                now -> tracker.sweep(Instant.ofEpochMilli(now), alert -> emit(alert, now, new RecordHeaders())));
    }

    @Override
    public void process(Record<String, StoreChange> record) {
        String storeId = record.key();
        if (record.value() instanceof StoreChange.Polled polled) {
            Poll poll = new Poll(polled.poll().getTimestamp(), polled.poll().getStatus() == StoreStatus.active);
            tracker.onPoll(storeId, poll)
                    .ifPresent(alert -> emit(alert, context.currentSystemTimeMs(), record.headers()));
        } else if (record.value() instanceof StoreChange.ProfileChanged) {
            tracker.onProfileChange(storeId);
        }
    }

    /** @param cause the headers of the poll that raised the alert (its correlation id); empty for the sweeper */
    private void emit(StoreDownAlert alert, long now, Headers cause) {
        context.forward(new Record<>(alert.getStoreId(), alert, now, cause));
        alertCounts.count(alert.getKind());
    }
}
