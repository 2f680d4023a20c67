package io.vigil.bench.fault;

import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.telemetry.TelemetryNames;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/** An output topic the oracle predicts, and what identifies one of its records: seen twice is a duplicate. */
enum Output {
    TELEMETRY_ALERTS(TelemetryNames.ALERTS_TOPIC, TelemetryAlert.class, alert -> ((TelemetryAlert) alert).getAlertId()),
    DELIVERY_EVENTS(DeliveryNames.EVENTS_TOPIC, DeliveryEvent.class, event -> arrival((DeliveryEvent) event)),
    UPTIME_ALERTS(VigilTopics.UPTIME_ALERTS, StoreDownAlert.class, alert -> uptime((StoreDownAlert) alert));

    private final String topic;
    private final Class<? extends SpecificRecord> type;
    private final Function<SpecificRecord, String> id;

    Output(String topic, Class<? extends SpecificRecord> type, Function<SpecificRecord, String> id) {
        this.topic = topic;
        this.type = type;
        this.id = id;
    }

    String topic() {
        return topic;
    }

    Class<? extends SpecificRecord> type() {
        return type;
    }

    String idOf(SpecificRecord record) {
        return id.apply(record);
    }

    static String arrival(String bucket, String key) {
        return bucket + "/" + key;
    }

    static String uptime(String storeId, String kind) {
        return storeId + ":" + kind;
    }

    private static String arrival(DeliveryEvent event) {
        return arrival(event.getBucket(), event.getKey());
    }

    private static String uptime(StoreDownAlert alert) {
        return uptime(alert.getStoreId(), alert.getKind().name());
    }
}
