package io.vigil.topology.telemetry;

import io.micrometer.core.instrument.Counter;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.RuleWindow;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import io.vigil.topology.metrics.DomainMeters;
import io.vigil.topology.telemetry.rule.Comparisons;
import io.vigil.topology.telemetry.rule.KOfNEvaluator;
import io.vigil.topology.telemetry.rule.RuleScopes;
import io.vigil.topology.telemetry.rule.RuleVerdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Takes each device's batches in the order they arrive: keeps their events in {@value TelemetryNames#RECENT_STORE}
 * (as {@link RecentRuns}), runs every enabled rule of the device's project that applies to the device over them,
 * event by event, and forwards the alerts that fire. Partitioning by device gives one writer per device, and
 * exactly-once makes the windows, the stored alerts and the alert records move together: a batch replayed after a
 * crash finds the windows as they were before it and fires the same alerts, with the same ids, once.
 *
 * <p>Batches come as their bytes: a batch in time order within a minute, as devices mostly send, is stored as it
 * came, and rules read only what they watch of it ({@link BatchColumns}). A batch is decoded whole only to be cut into
 * runs when it is not one, or to be written again with the current schema when another wrote it.
 */
final class RuleEvaluator implements Processor<String, byte[], String, TelemetryAlert> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final TelemetrySettings settings;
    private final AvroSerde<TelemetryBatch> batches;
    private ProcessorContext<String, TelemetryAlert> context;
    private WindowStore<String, byte[]> recent;
    private KeyValueStore<String, RuleWindow> windows;
    private KeyValueStore<String, TelemetryAlert> alerts;
    private KeyValueStore<String, TelemetryRule> rules;
    private KeyValueStore<String, Device> devices;
    /** Not by project or rule: either would make the series count grow with tenants. */
    private Counter alertCount;

    RuleEvaluator(TelemetrySettings settings, AvroSerde<TelemetryBatch> batches) {
        this.settings = settings;
        this.batches = batches;
    }

    @Override
    public void init(ProcessorContext<String, TelemetryAlert> context) {
        this.context = context;
        recent = context.getStateStore(TelemetryNames.RECENT_STORE);
        windows = context.getStateStore(TelemetryNames.RULE_WINDOWS_STORE);
        alerts = context.getStateStore(TelemetryNames.ALERTS_STORE);
        rules = context.getStateStore(TelemetryNames.RULES_STORE);
        devices = context.getStateStore(TelemetryNames.DEVICES_STORE);
        alertCount = DomainMeters.from(context.appConfigs()).alerts("telemetry", "rule-fired");
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        Device device = devices.get(record.key());
        List<TelemetryRule> applicable = device == null ? List.of() : rulesFor(device);
        byte[] value = currentSchema(record.value());
        BatchColumns batch = columns(value, applicable);
        String deviceKey = TelemetryKeys.scoped(batch.projectId(), batch.deviceId());
        if (!deviceKey.equals(record.key())) {
            throw new InvalidTelemetryException(
                    "Batch " + batch.batchId() + " is for " + deviceKey + " but keyed " + record.key());
        }
        keepRecent(deviceKey, value, batch);
        int fired = 0;
        for (TelemetryRule rule : applicable) {
            fired += evaluate(rule, batch, deviceKey, record.timestamp(), record.headers());
        }
        if (fired > 0) {
            dropOldAlerts(deviceKey);
        }
    }

    /** The batch's bytes as the current schema writes them. */
    private byte[] currentSchema(byte[] value) {
        if (batches.writtenWithReaderSchema(TelemetryNames.EVENTS_TOPIC, value)) {
            return value;
        }
        return batches.serialize(TelemetryNames.EVENTS_TOPIC, batches.deserialize(TelemetryNames.EVENTS_TOPIC, value));
    }

    private static BatchColumns columns(byte[] value, List<TelemetryRule> rules) {
        Set<String> metrics = rules.stream().map(TelemetryRule::getMetric).collect(Collectors.toSet());
        try {
            return BatchColumns.read(value, AvroSerde.AVRO_OFFSET, metrics);
        } catch (IOException | RuntimeException e) {
            throw new InvalidTelemetryException("Not a TelemetryBatch: " + e.getMessage());
        }
    }

    private void keepRecent(String deviceKey, byte[] value, BatchColumns batch) {
        if (batch.size() == 0) {
            return;
        }
        long[] micros = batch.micros();
        if (RecentRuns.isOneRun(micros)) {
            recent.put(deviceKey, value, RecentRuns.storedAt(micros[micros.length - 1]));
            return;
        }
        for (RecentRuns.Run run : RecentRuns.of(batches.deserialize(TelemetryNames.EVENTS_TOPIC, value))) {
            recent.put(deviceKey, batches.serialize(TelemetryNames.EVENTS_TOPIC, run.batch()), run.newestMillis());
        }
    }

    private List<TelemetryRule> rulesFor(Device device) {
        List<TelemetryRule> applicable = new ArrayList<>();
        String prefix = TelemetryKeys.projectPrefix(device.getProjectId());
        try (KeyValueIterator<String, TelemetryRule> all = rules.prefixScan(prefix, KEYS)) {
            while (all.hasNext()) {
                TelemetryRule rule = all.next().value;
                if (rule.getEnabled() && RuleScopes.applies(rule, device)) {
                    applicable.add(rule);
                }
            }
        }
        return applicable;
    }

    /** @return how many alerts fired */
    private int evaluate(
            TelemetryRule rule, BatchColumns batch, String deviceKey, long recordTime, Headers batchHeaders) {
        String windowKey = TelemetryKeys.ruleWindow(deviceKey, rule.getRuleId());
        KOfNEvaluator evaluator = KOfNEvaluator.resume(rule, windows.get(windowKey));
        BatchColumns.Column column = batch.column(rule.getMetric());
        int fired = 0;
        for (int index = 0; index < batch.size(); index++) {
            if (!column.present()[index]) {
                continue;
            }
            double value = column.values()[index];
            RuleVerdict verdict = evaluator.take(value, batch.time(index));
            if (verdict.fires()) {
                TelemetryAlert alert = alert(rule, batch, index, value, verdict.breaches());
                alerts.put(TelemetryKeys.newestFirst(deviceKey, alert.getEventTs(), alert.getAlertId()), alert);
                // the batch's headers carry the correlation id of the request that sent it
                context.forward(new Record<>(deviceKey, alert, recordTime, batchHeaders));
                alertCount.increment();
                fired++;
            }
        }
        windows.put(windowKey, evaluator.window());
        return fired;
    }

    private static TelemetryAlert alert(TelemetryRule rule, BatchColumns batch, int index, double value, int breaches) {
        return TelemetryAlert.newBuilder()
                .setAlertId(
                        String.join(":", rule.getRuleId(), batch.deviceId(), batch.batchId(), Integer.toString(index)))
                .setProjectId(batch.projectId())
                .setDeviceId(batch.deviceId())
                .setRuleId(rule.getRuleId())
                .setRuleName(rule.getName())
                .setMetric(rule.getMetric())
                .setOperator(Comparisons.symbol(rule.getOperator()))
                .setThreshold(rule.getThreshold())
                .setValue(value)
                .setWindowN(rule.getWindowN())
                .setRequiredK(rule.getRequiredK())
                .setBreaches(breaches)
                .setEventTs(batch.time(index))
                .setDetectedAt(batch.receivedAt())
                .build();
    }

    /**
     * Drops the device's oldest stored alerts beyond the configured number: once per batch that fired, so the scan
     * is shared by all of the batch's alerts.
     */
    private void dropOldAlerts(String deviceKey) {
        String prefix = TelemetryKeys.entriesOf(deviceKey);
        List<String> beyond = new ArrayList<>();
        try (KeyValueIterator<String, TelemetryAlert> newest = alerts.prefixScan(prefix, KEYS)) {
            int kept = 0;
            while (newest.hasNext()) {
                KeyValue<String, TelemetryAlert> entry = newest.next();
                if (++kept > settings.alertsPerDevice()) {
                    beyond.add(entry.key);
                }
            }
        }
        beyond.forEach(alerts::delete);
    }
}
