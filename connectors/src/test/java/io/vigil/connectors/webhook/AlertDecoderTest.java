package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.uptime.StoreAlertKind;
import io.vigil.schema.uptime.StoreDownAlert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertDecoderTest {

    private static final Instant AT = Instant.parse("2026-11-23T20:00:00.123Z");

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final AlertDecoder decoder = new AlertDecoder(registry);

    @Test
    void shouldWrapTheAlertsFieldsInATypedTimestampedMessage() throws Exception {
        TelemetryAlert alert = telemetryAlert("r1:d1:b1:0", "p1");

        AlertMessage message = decoder.decode(
                EventType.TELEMETRY_ALERT,
                "t",
                AvroSerde.of(TelemetryAlert.class, registry).serialize("t", alert),
                AT);

        JsonNode body = new ObjectMapper().readTree(message.payload());
        assertThat(body.get("type").asText()).isEqualTo("telemetry.alert");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-23T20:00:00.123Z");
        JsonNode data = body.get("data");
        assertThat(data.get("alert_id").asText()).isEqualTo("r1:d1:b1:0");
        assertThat(data.get("threshold").asDouble()).isEqualTo(30.5);
        assertThat(data.get("window_n").asInt()).isEqualTo(5);
        assertThat(data.get("detected_at").asText()).isEqualTo("2026-11-23T19:59:59Z");
        assertThat(message.projectId()).isEqualTo("p1");
        assertThat(message.messageId("w9")).isEqualTo("msg_r1:d1:b1:0_w9");
    }

    @Test
    void shouldTellAStoresDownAlertFromItsRecoveryThoughTheyShareAnAlertId() {
        AvroSerde<StoreDownAlert> serde = AvroSerde.of(StoreDownAlert.class, registry);
        StoreDownAlert down = StoreDownAlert.newBuilder()
                .setAlertId("s1:1000")
                .setStoreId("s1")
                .setKind(StoreAlertKind.down)
                .setDownSince(AT)
                .setDetectedAt(AT)
                .setThresholdSeconds(1800)
                .build();
        StoreDownAlert recovered = StoreDownAlert.newBuilder(down)
                .setKind(StoreAlertKind.recovered)
                .setDowntimeSeconds(60L)
                .build();

        AlertMessage first = decoder.decode(EventType.UPTIME_ALERT, "t", serde.serialize("t", down), AT);
        AlertMessage second = decoder.decode(EventType.UPTIME_ALERT, "t", serde.serialize("t", recovered), AT);

        assertThat(first.messageId("w")).isNotEqualTo(second.messageId("w"));
        assertThat(first.projectId()).as("not tenant-scoped").isNull();
    }

    @Test
    void shouldRefuseARecordWithoutValue() {
        assertThatThrownBy(() -> decoder.decode(EventType.DELIVERY_ALERT, "t", null, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static TelemetryAlert telemetryAlert(String alertId, String projectId) {
        return TelemetryAlert.newBuilder()
                .setAlertId(alertId)
                .setProjectId(projectId)
                .setDeviceId("d1")
                .setRuleId("r1")
                .setRuleName("hot")
                .setMetric("temperature")
                .setOperator(">")
                .setThreshold(30.5)
                .setValue(31.0)
                .setWindowN(5)
                .setRequiredK(3)
                .setBreaches(3)
                .setEventTs(Instant.parse("2026-11-23T19:59:58Z"))
                .setDetectedAt(Instant.parse("2026-11-23T19:59:59Z"))
                .build();
    }
}
