package io.vigil.topology.uptime.alert;

import io.vigil.schema.uptime.StoreAlertHistory;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.topology.uptime.UptimeNames;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each store's latest {@value #KEPT} alerts, newest first, in {@value UptimeNames#ALERT_HISTORY_STORE} for the
 * API, and passes every alert on to the alerts topic.
 */
public final class AlertHistoryRecorder implements Processor<String, StoreDownAlert, String, StoreDownAlert> {

    public static final int KEPT = 20;

    private ProcessorContext<String, StoreDownAlert> context;
    private KeyValueStore<String, StoreAlertHistory> histories;

    @Override
    public void init(ProcessorContext<String, StoreDownAlert> context) {
        this.context = context;
        this.histories = context.getStateStore(UptimeNames.ALERT_HISTORY_STORE);
    }

    @Override
    public void process(Record<String, StoreDownAlert> record) {
        String storeId = record.key();
        StoreAlertHistory known = histories.get(storeId);
        List<StoreDownAlert> alerts = new ArrayList<>(KEPT);
        alerts.add(record.value());
        if (known != null) {
            alerts.addAll(known.getAlerts()
                    .subList(0, Math.min(KEPT - 1, known.getAlerts().size())));
        }
        histories.put(storeId, new StoreAlertHistory(storeId, alerts));
        context.forward(record);
    }
}
