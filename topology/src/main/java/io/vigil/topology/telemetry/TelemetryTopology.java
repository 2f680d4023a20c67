package io.vigil.topology.telemetry;

import io.vigil.topology.GlobalStoreUpdater;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The tenancy and telemetry sub-topology. The tenancy entities (orgs, projects, devices, API keys, rules, webhooks)
 * are small and read everywhere: by the API to authenticate and authorise every request, and by the rule evaluator
 * for the rules and tags of a device. So each is a global store that every instance holds whole. Batches keyed by
 * device go through the {@link RuleEvaluator}; delivery attempts of the webhook sender are kept per webhook.
 */
public final class TelemetryTopology {

    /** One window per run's newest event (to the millisecond), duplicates kept: a store of runs ordered by time. */
    static final Duration EVENT_WINDOW = Duration.ofMillis(1);

    private TelemetryTopology() {}

    public static void build(StreamsBuilder builder, TelemetrySerdes serdes, TelemetrySettings settings) {
        global(builder, TelemetryNames.ORGS_STORE, TelemetryNames.ORGS_TOPIC, TelemetryNames.READ_ORGS, serdes.orgs());
        global(
                builder,
                TelemetryNames.PROJECTS_STORE,
                TelemetryNames.PROJECTS_TOPIC,
                TelemetryNames.READ_PROJECTS,
                serdes.projects());
        global(
                builder,
                TelemetryNames.DEVICES_STORE,
                TelemetryNames.DEVICES_TOPIC,
                TelemetryNames.READ_DEVICES,
                serdes.devices());
        global(
                builder,
                TelemetryNames.API_KEYS_STORE,
                TelemetryNames.API_KEYS_TOPIC,
                TelemetryNames.READ_API_KEYS,
                serdes.apiKeys());
        global(
                builder,
                TelemetryNames.RULES_STORE,
                TelemetryNames.RULES_TOPIC,
                TelemetryNames.READ_RULES,
                serdes.rules());
        global(
                builder,
                TelemetryNames.WEBHOOKS_STORE,
                TelemetryNames.WEBHOOKS_TOPIC,
                TelemetryNames.READ_WEBHOOKS,
                serdes.webhooks());

        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(
                        TelemetryNames.RECENT_STORE, settings.recentRetention(), EVENT_WINDOW, true),
                Serdes.String(),
                Serdes.ByteArray())); // TelemetryBatch values, kept as they arrive (see RuleEvaluator)
        builder.addStateStore(store(TelemetryNames.RULE_WINDOWS_STORE, serdes.windows()));
        builder.addStateStore(store(TelemetryNames.ALERTS_STORE, serdes.alerts()));
        builder.stream(
                        TelemetryNames.EVENTS_TOPIC,
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(TelemetryNames.READ_EVENTS))
                .process(
                        () -> new RuleEvaluator(settings, serdes.batches()),
                        Named.as(TelemetryNames.EVALUATE_RULES),
                        TelemetryNames.RECENT_STORE,
                        TelemetryNames.RULE_WINDOWS_STORE,
                        TelemetryNames.ALERTS_STORE)
                .to(
                        TelemetryNames.ALERTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.alerts()).withName(TelemetryNames.WRITE_ALERTS));

        builder.addStateStore(store(TelemetryNames.DELIVERIES_STORE, serdes.deliveries()));
        builder.stream(
                        TelemetryNames.WEBHOOK_DELIVERIES_TOPIC,
                        Consumed.with(Serdes.String(), serdes.deliveries()).withName(TelemetryNames.READ_DELIVERIES))
                .process(
                        () -> new DeliveryLogRecorder(settings.deliveriesPerWebhook()),
                        Named.as(TelemetryNames.RECORD_DELIVERIES),
                        TelemetryNames.DELIVERIES_STORE);
    }

    private static <V> void global(StreamsBuilder builder, String store, String topic, String source, Serde<V> values) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(), values)
                        .withLoggingDisabled(),
                topic,
                Consumed.with(Serdes.String(), values).withName(source),
                () -> new GlobalStoreUpdater<V>(store));
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
