package io.vigil.topology.uptime.alert;

import io.vigil.schema.uptime.StoreAlertState;
import io.vigil.schema.uptime.StoreDownAlert;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The downtime alert tracker and its own stores ({@value UptimeNames#ALERT_STATE_STORE},
 * {@value UptimeNames#ALERT_DUE_STORE}). Connect it to the poll, hours, zone and status stores too; it reads them.
 */
public record StoreAlertSupplier(
        AlertSettings alertSettings, UptimeSettings uptimeSettings, Serde<StoreAlertState> stateSerde)
        implements ProcessorSupplier<String, StoreChange, String, StoreDownAlert> {

    @Override
    public Processor<String, StoreChange, String, StoreDownAlert> get() {
        return new StoreAlertProcessor(alertSettings, uptimeSettings);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        // Ordered, so the topology description (and its pinned test) is the same on every run.
        return new LinkedHashSet<>(List.of(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(UptimeNames.ALERT_STATE_STORE), Serdes.String(), stateSerde),
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(UptimeNames.ALERT_DUE_STORE),
                        Serdes.String(),
                        Serdes.String())));
    }
}
