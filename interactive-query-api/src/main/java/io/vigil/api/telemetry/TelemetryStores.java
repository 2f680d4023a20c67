package io.vigil.api.telemetry;

import io.vigil.api.query.QueryableStore;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.WebhookDelivery;
import io.vigil.topology.telemetry.TelemetryNames;
import java.util.List;

/** The partitioned telemetry stores the API reads. */
public final class TelemetryStores {

    /** Keyed {@code projectId/deviceId|newest-first time|alertId}, partitioned by {@code projectId/deviceId}. */
    public static final QueryableStore<String, TelemetryAlert> ALERTS =
            QueryableStore.avro(TelemetryNames.ALERTS_STORE);
    /** Keyed {@code projectId/webhookId|newest-first time|messageId|attempt}, partitioned by webhook id. */
    public static final QueryableStore<String, WebhookDelivery> DELIVERIES =
            QueryableStore.avro(TelemetryNames.DELIVERIES_STORE);

    /** The key-value stores above, for the internal routes other instances forward queries to. */
    public static final List<QueryableStore<?, ?>> ALL = List.of(ALERTS, DELIVERIES);

    private TelemetryStores() {}
}
