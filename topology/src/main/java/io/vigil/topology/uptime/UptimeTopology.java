package io.vigil.topology.uptime;

import io.vigil.topology.uptime.alert.AlertHistoryRecorder;
import io.vigil.topology.uptime.alert.AlertSettings;
import io.vigil.topology.uptime.alert.StoreAlertSupplier;
import io.vigil.topology.uptime.alert.StoreChange;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The uptime sub-topology. Polls ({@value UptimeNames#POLLS_TOPIC}), business hours
 * ({@value UptimeNames#BUSINESS_HOURS_TOPIC}) and timezones ({@value UptimeNames#TIMEZONES_TOPIC}), all keyed by store
 * id with one partition count, meet in one processor: one task then holds everything about its stores, so the live
 * query, the reports and the alerts of a store read local stores only.
 */
public final class UptimeTopology {

    /** One window per poll instant (to the millisecond): the window store is a store of polls ordered by time. */
    static final Duration POLL_WINDOW = Duration.ofMillis(1);

    private UptimeTopology() {}

    public static void build(
            StreamsBuilder builder, UptimeSerdes serdes, UptimeSettings settings, AlertSettings alertSettings) {
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(UptimeNames.POLLS_STORE, settings.pollRetention(), POLL_WINDOW, false),
                Serdes.String(),
                serdes.polls()));
        builder.addStateStore(UptimeCache.builder(UptimeNames.CACHE_STORE, settings.timelineCachePolls()));
        builder.addStateStore(store(UptimeNames.BUSINESS_HOURS_STORE, serdes.hours()));
        builder.addStateStore(store(UptimeNames.TIMEZONES_STORE, serdes.zones()));
        builder.addStateStore(store(UptimeNames.STATUS_STORE, serdes.statuses()));

        KStream<String, UptimeInput> polls = builder.stream(
                        UptimeNames.POLLS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.polls()).withName(UptimeNames.READ_POLLS))
                .mapValues(UptimeInput.PollReceived::new, Named.as(UptimeNames.AS_POLL_INPUT));
        KStream<String, UptimeInput> hours = builder.stream(
                        UptimeNames.BUSINESS_HOURS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.hours()).withName(UptimeNames.READ_BUSINESS_HOURS))
                .mapValues(UptimeInput.HoursReceived::new, Named.as(UptimeNames.AS_HOURS_INPUT));
        KStream<String, UptimeInput> zones = builder.stream(
                        UptimeNames.TIMEZONES_TOPIC,
                        Consumed.with(Serdes.String(), serdes.zones()).withName(UptimeNames.READ_TIMEZONES))
                .mapValues(UptimeInput.ZoneReceived::new, Named.as(UptimeNames.AS_ZONE_INPUT));
        KStream<String, UptimeInput> recorded = polls.merge(hours, Named.as(UptimeNames.MERGE_HOURS))
                .merge(zones, Named.as(UptimeNames.MERGE_ZONES))
                .process(
                        () -> new UptimeInputRecorder(settings),
                        Named.as(UptimeNames.RECORD_INPUTS),
                        UptimeNames.POLLS_STORE,
                        UptimeNames.CACHE_STORE,
                        UptimeNames.BUSINESS_HOURS_STORE,
                        UptimeNames.TIMEZONES_STORE,
                        UptimeNames.STATUS_STORE);

        builder.addStateStore(store(UptimeNames.ALERT_HISTORY_STORE, serdes.alertHistories()));
        // Downtime alerts: the recorded inputs, then the alert tracker (it reads the stores above).
        recorded.mapValues(UptimeTopology::alertInput, Named.as(UptimeNames.AS_ALERT_INPUT))
                .process(
                        new StoreAlertSupplier(alertSettings, settings, serdes.alertStates()),
                        Named.as(UptimeNames.TRACK_ALERTS),
                        UptimeNames.POLLS_STORE,
                        UptimeNames.BUSINESS_HOURS_STORE,
                        UptimeNames.TIMEZONES_STORE,
                        UptimeNames.STATUS_STORE)
                .process(
                        AlertHistoryRecorder::new,
                        Named.as(UptimeNames.RECORD_ALERT_HISTORY),
                        UptimeNames.ALERT_HISTORY_STORE)
                .to(
                        UptimeNames.ALERTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.alerts()).withName(UptimeNames.WRITE_ALERTS));
    }

    private static StoreChange alertInput(UptimeInput input) {
        return input instanceof UptimeInput.PollReceived received
                ? new StoreChange.Polled(received.poll())
                : new StoreChange.ProfileChanged();
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
