package io.vigil.connectors.webhook;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.uptime.StoreDownAlert;
import java.util.Arrays;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The kinds of alert a webhook can subscribe to, by the name a webhook's {@code event_types} and a message's
 * {@code type} use, with the Avro record each topic carries.
 */
public enum EventType {
    TELEMETRY_ALERT("telemetry.alert", TelemetryAlert.class),
    DELIVERY_ALERT("delivery.alert", DeliveryAlert.class),
    UPTIME_ALERT("uptime.alert", StoreDownAlert.class);

    private final String wireName;
    private final Class<? extends SpecificRecord> recordType;

    EventType(String wireName, Class<? extends SpecificRecord> recordType) {
        this.wireName = wireName;
        this.recordType = recordType;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends SpecificRecord> recordType() {
        return recordType;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
