package io.vigil.connectors.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.uptime.StoreDownAlert;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns an alert record into the message webhooks receive: {@code {"type", "timestamp", "data"}}, with the record's
 * Kafka timestamp (so every attempt and every replay after a restart sends the same body) and the alert's fields.
 */
final class AlertDecoder {

    private final ObjectMapper json = new ObjectMapper();
    private final Map<EventType, Deserializer<? extends SpecificRecord>> deserializers = new EnumMap<>(EventType.class);

    AlertDecoder(SchemaRegistry registry) {
        for (EventType type : EventType.values()) {
            deserializers.put(type, AvroSerde.of(type.recordType(), registry));
        }
    }

    /**
     * @throws RuntimeException if the value is not a readable alert of that type
     */
    AlertMessage decode(EventType type, String topic, byte[] value, Instant timestamp) {
        SpecificRecord alert = deserializers.get(type).deserialize(topic, value);
        if (alert == null) {
            throw new IllegalArgumentException("the record has no value");
        }
        ObjectNode body = json.createObjectNode();
        body.put("type", type.wireName());
        body.put("timestamp", timestamp.toString());
        body.set("data", AlertJson.of(alert));
        return new AlertMessage(type, eventId(alert), projectId(alert), bytes(body));
    }

    private static String eventId(SpecificRecord alert) {
        if (alert instanceof TelemetryAlert telemetry) {
            return telemetry.getAlertId();
        }
        if (alert instanceof DeliveryAlert delivery) {
            return delivery.getAlertId();
        }
        // A store's down alert and its recovery share alert_id; they are two messages.
        StoreDownAlert uptime = (StoreDownAlert) alert;
        return uptime.getAlertId() + ":" + uptime.getKind();
    }

    private static String projectId(SpecificRecord alert) {
        return alert instanceof TelemetryAlert telemetry ? telemetry.getProjectId() : null;
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
    }
}
