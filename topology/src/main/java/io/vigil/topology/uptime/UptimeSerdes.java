package io.vigil.topology.uptime;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.BusinessHours;
import io.vigil.schema.uptime.StoreAlertHistory;
import io.vigil.schema.uptime.StoreAlertState;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreTimezone;
import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the uptime domain, all against one registry. */
public record UptimeSerdes(
        Serde<StorePoll> polls,
        Serde<BusinessHours> hours,
        Serde<StoreTimezone> zones,
        Serde<StoreLiveStatus> statuses,
        Serde<StoreDownAlert> alerts,
        Serde<StoreAlertState> alertStates,
        Serde<StoreAlertHistory> alertHistories) {

    public static UptimeSerdes of(SchemaRegistry registry) {
        return new UptimeSerdes(
                AvroSerde.of(StorePoll.class, registry),
                AvroSerde.of(BusinessHours.class, registry),
                AvroSerde.of(StoreTimezone.class, registry),
                AvroSerde.of(StoreLiveStatus.class, registry),
                AvroSerde.of(StoreDownAlert.class, registry),
                AvroSerde.of(StoreAlertState.class, registry),
                AvroSerde.of(StoreAlertHistory.class, registry));
    }
}
