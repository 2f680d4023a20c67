package io.vigil.topology.telemetry;

import io.micrometer.core.instrument.Counter;
import io.vigil.schema.telemetry.RuleWindow;
import io.vigil.schema.telemetry.TelemetryAlert;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import io.vigil.topology.metrics.DomainMeters;
import io.vigil.topology.telemetry.rule.Comparisons;
import io.vigil.topology.telemetry.rule.KOfNEvaluator;
import io.vigil.topology.telemetry.rule.RuleScopes;
import io.vigil.topology.telemetry.rule.RuleVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * (as {@link RecentRuns}), runs every enabled rule of the device's project that applies to the device over them, event
 * by event, and forwards the alerts that fire. Partitioning by device gives one writer per device, and exactly-once makes the windows, the
 * stored alerts and the alert records move together: a batch replayed after a crash finds the windows as they were
 * before it and fires the same alerts, with the same ids, once.
 */
final class RuleEvaluator implements Processor<String, TelemetryBatch, String, TelemetryAlert> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final TelemetrySettings settings;
    private ProcessorContext<String, TelemetryAlert> context;
    private WindowStore<String, TelemetryBatch> recent;
    private KeyValueStore<String, RuleWindow> windows;
    private KeyValueStore<String, TelemetryAlert> alerts;
    private KeyValueStore<String, TelemetryRule> rules;
    private KeyValueStore<String, Device> devices;
    /** Not by project or rule: either would make the series count grow with tenants. */
    private Counter alertCount;

    RuleEvaluator(TelemetrySettings settings) {
        this.settings = settings;
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
    public void process(Record<String, TelemetryBatch> record) {
        TelemetryBatch batch = record.value();
        if (batch == null) {
            return;
        }
        String deviceKey = TelemetryKeys.scoped(batch.getProjectId(), batch.getDeviceId());
        if (!deviceKey.equals(record.key())) {
            throw new InvalidTelemetryException(
                    "Batch " + batch.getBatchId() + " is for " + deviceKey + " but keyed " + record.key());
        }
        for (RecentRuns.Run run : RecentRuns.of(batch)) {
            recent.put(deviceKey, run.batch(), run.newestMillis());
        }
        Device device = devices.get(deviceKey);
        if (device == null) {
            return;
        }
        List<TelemetryRule> applicable = rulesFor(device);
        MetricColumns columns = MetricColumns.of(
                batch.getEvents(),
                applicable.stream().map(TelemetryRule::getMetric).collect(Collectors.toSet()));
        int fired = 0;
        for (TelemetryRule rule : applicable) {
            fired += evaluate(
                    rule, columns.of(rule.getMetric()), deviceKey, batch, record.timestamp(), record.headers());
        }
        if (fired > 0) {
            dropOldAlerts(deviceKey);
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
            TelemetryRule rule,
            MetricColumns.Column column,
            String deviceKey,
            TelemetryBatch batch,
            long recordTime,
            Headers batchHeaders) {
        String windowKey = TelemetryKeys.ruleWindow(deviceKey, rule.getRuleId());
        KOfNEvaluator evaluator = KOfNEvaluator.resume(rule, windows.get(windowKey));
        List<TelemetryEvent> events = batch.getEvents();
        Instant detectedAt = batch.getReceivedAt();
        int fired = 0;
        for (int index = 0; index < events.size(); index++) {
            if (!column.present()[index]) {
                continue;
            }
            double value = column.values()[index];
            RuleVerdict verdict = evaluator.take(value, events.get(index).getTs());
            if (verdict.fires()) {
                TelemetryAlert alert = alert(rule, batch, index, value, verdict.breaches(), detectedAt);
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

    private static TelemetryAlert alert(
            TelemetryRule rule, TelemetryBatch batch, int index, double value, int breaches, Instant detectedAt) {
        TelemetryEvent event = batch.getEvents().get(index);
        return TelemetryAlert.newBuilder()
                .setAlertId(String.join(
                        ":", rule.getRuleId(), batch.getDeviceId(), batch.getBatchId(), Integer.toString(index)))
                .setProjectId(batch.getProjectId())
                .setDeviceId(batch.getDeviceId())
                .setRuleId(rule.getRuleId())
                .setRuleName(rule.getName())
                .setMetric(rule.getMetric())
                .setOperator(Comparisons.symbol(rule.getOperator()))
                .setThreshold(rule.getThreshold())
                .setValue(value)
                .setWindowN(rule.getWindowN())
                .setRequiredK(rule.getRequiredK())
                .setBreaches(breaches)
                .setEventTs(event.getTs())
                .setDetectedAt(detectedAt)
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
