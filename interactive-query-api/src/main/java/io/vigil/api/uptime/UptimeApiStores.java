package io.vigil.api.uptime;

import io.vigil.api.query.QueryableStore;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.uptime.StoreAlertHistory;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.uptime.UptimeNames;
import java.util.List;

/** The stores the uptime routes query through {@link io.vigil.api.query.StoreQueries}. */
public final class UptimeApiStores {

    /**
     * The directory of known stores with each one's latest poll, keyed store id. It lives in the same task as the
     * store's polls, hours and zone, so its key metadata also routes the live computations to their owner.
     */
    public static final QueryableStore<String, StoreLiveStatus> STATUS = QueryableStore.avro(UptimeNames.STATUS_STORE);

    /** Keyed store id: the store's latest alerts, newest first. */
    public static final QueryableStore<String, StoreAlertHistory> ALERT_HISTORIES =
            QueryableStore.avro(UptimeNames.ALERT_HISTORY_STORE);

    /** The closure calendars a store may name: delivery's global calendars, which every instance holds. */
    static final QueryableStore<String, DeliveryCalendar> CALENDARS =
            QueryableStore.avro(DeliveryNames.CALENDARS_STORE);

    /** Every partitioned store above, for the internal routes other instances forward queries to. */
    public static final List<QueryableStore<?, ?>> ALL = List.of(STATUS, ALERT_HISTORIES);

    private UptimeApiStores() {}
}
