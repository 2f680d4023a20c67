package io.vigil.topology.telemetry;

import io.vigil.schema.telemetry.RuleOperator;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Telemetry entities and batches for tests. */
final class TelemetryRecords {

    static final String PROJECT = "p-1";
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private TelemetryRecords() {}

    static Device device(String deviceId, String... tags) {
        return Device.newBuilder()
                .setDeviceId(deviceId)
                .setProjectId(PROJECT)
                .setExternalId("ext-" + deviceId)
                .setTags(List.of(tags))
                .setCreatedAt(T0)
                .build();
    }

    static TelemetryRule.Builder rule(
            String ruleId, String metric, RuleOperator operator, double threshold, int n, int k) {
        return TelemetryRule.newBuilder()
                .setRuleId(ruleId)
                .setProjectId(PROJECT)
                .setName("rule " + ruleId)
                .setMetric(metric)
                .setOperator(operator)
                .setThreshold(threshold)
                .setWindowN(n)
                .setRequiredK(k)
                .setCooldownSeconds(0)
                .setScope(RuleScope.ALL)
                .setCreatedAt(T0)
                .setUpdatedAt(T0);
    }

    /** A batch of one event per value, a second apart from {@code start}, each {@code metric: value}. */
    static TelemetryBatch batch(String batchId, String deviceId, String metric, Instant start, Object... values) {
        List<TelemetryEvent> events = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put(metric, values[i]);
            events.add(TelemetryEvent.newBuilder()
                    .setTs(start.plusSeconds(i))
                    .setData(data)
                    .build());
        }
        return TelemetryBatch.newBuilder()
                .setBatchId(batchId)
                .setProjectId(PROJECT)
                .setDeviceId(deviceId)
                .setReceivedAt(start.plusSeconds(values.length))
                .setEvents(events)
                .build();
    }
}
