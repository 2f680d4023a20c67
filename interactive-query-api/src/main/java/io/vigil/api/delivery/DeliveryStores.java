package io.vigil.api.delivery;

import io.vigil.api.query.QueryableStore;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.DeliveryNames;
import java.util.List;

/** The delivery stores the API reads, as full Avro JSON that the routes project. */
public final class DeliveryStores {

    /** Keyed {@code clientId/streamId}. */
    public static final QueryableStore<String, DeliveryStreamState> STATES =
            QueryableStore.avro(DeliveryNames.STREAM_STATE_STORE);
    /** Each stream's latest alerts, one entry each, keyed {@code clientId/streamId|sequence}. */
    public static final QueryableStore<String, DeliveryAlert> ALERT_LOG =
            QueryableStore.avro(DeliveryNames.ALERT_LOG_STORE);

    /** Every created object by bucket then time ({@code bucket/millis/key}), which the backtest scans. */
    public static final QueryableStore<String, S3ObjectEvent> ARRIVAL_HISTORY =
            QueryableStore.avro(DeliveryNames.ARRIVAL_HISTORY_STORE);

    /** Every store above, for the internal routes other instances forward queries to. */
    public static final List<QueryableStore<?, ?>> ALL = List.of(STATES, ALERT_LOG, ARRIVAL_HISTORY);

    private DeliveryStores() {}
}
