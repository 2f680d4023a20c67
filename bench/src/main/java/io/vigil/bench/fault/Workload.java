package io.vigil.bench.fault;

import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.telemetry.RuleOperator;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.schema.tenancy.Device;
import io.vigil.schema.tenancy.Webhook;
import io.vigil.schema.uptime.StoreAlertKind;
import io.vigil.schema.uptime.StorePoll;
import io.vigil.schema.uptime.StoreStatus;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A bounded, seeded workload through every domain, sent straight to Vigil's input topics slice by slice: objects for
 * the S3 object reader (quality checks and sensor files, see {@link ReaderWorkload}), telemetry batches for a fixed
 * set of devices (their windows carry over from slice to slice), S3 arrivals for delivery streams, and stores polled
 * active then inactive long enough to be down. It predicts, as {@link Expected}, what each slice must produce.
 */
final class Workload {

    static final String BUCKET = "fault-landing";
    static final String CLIENT = "fault";
    private static final double THRESHOLD = 80;
    private static final int WINDOW_N = 5;
    private static final int REQUIRED_K = 3;

    private final String run;
    private final WorkloadSize size;
    private final Random random;
    private final Instant origin = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    private final String projectId;
    private final String ruleId;
    private final Map<String, KOfNOracle> oracles = new LinkedHashMap<>();
    private final ReaderWorkload reader;
    private final ReportOracle report = new ReportOracle();
    private long readings;
    private int slices;

    Workload(String run, WorkloadSize size, long seed) {
        this.run = run;
        this.size = size;
        this.random = new Random(seed);
        this.projectId = run + "-project";
        this.ruleId = run + "-rule";
        this.reader = new ReaderWorkload(run, size, random, origin);
        IntStream.range(0, size.devices())
                .forEach(d -> oracles.put(run + "-device-" + d, new KOfNOracle(THRESHOLD, WINDOW_N, REQUIRED_K)));
    }

    String projectId() {
        return projectId;
    }

    /** The devices and the rule, for the tenancy topics; the webhook too when a receiver listens. */
    List<Input> tenancy(String webhookUrl) {
        Instant now = Instant.now();
        List<Input> inputs = new ArrayList<>();
        for (String deviceId : oracles.keySet()) {
            Device device = Device.newBuilder()
                    .setDeviceId(deviceId)
                    .setProjectId(projectId)
                    .setExternalId(deviceId)
                    .setCreatedAt(now)
                    .build();
            inputs.add(new Input(TelemetryNames.DEVICES_TOPIC, TelemetryKeys.scoped(projectId, deviceId), device));
        }
        TelemetryRule rule = TelemetryRule.newBuilder()
                .setRuleId(ruleId)
                .setProjectId(projectId)
                .setName("3 of the last 5 above 80")
                .setMetric("v")
                .setOperator(RuleOperator.GT)
                .setThreshold(THRESHOLD)
                .setWindowN(WINDOW_N)
                .setRequiredK(REQUIRED_K)
                .setCooldownSeconds(0)
                .setScope(RuleScope.ALL)
                .setCreatedAt(now)
                .setUpdatedAt(now)
                .build();
        inputs.add(new Input(TelemetryNames.RULES_TOPIC, TelemetryKeys.scoped(projectId, ruleId), rule));
        if (webhookUrl != null) {
            Webhook webhook = Webhook.newBuilder()
                    .setWebhookId(webhookId())
                    .setProjectId(projectId)
                    .setUrl(webhookUrl)
                    .setSecret("whsec_ZmF1bHQtaGFybmVzcy1zZWNyZXQtMzItYnl0ZXMhIQ==")
                    .setEventTypes(List.of("telemetry.alert"))
                    .setEnabled(true)
                    .setCreatedAt(now)
                    .build();
            inputs.add(new Input(TelemetryNames.WEBHOOKS_TOPIC, TelemetryKeys.scoped(projectId, webhookId()), webhook));
        }
        return inputs;
    }

    String webhookId() {
        return run + "-webhook";
    }

    /** The delivery streams' ids; each needs an expectation before its arrivals count. */
    List<String> streamIds() {
        return IntStream.range(0, size.streams())
                .mapToObj(s -> run + "-stream-" + s)
                .toList();
    }

    /** Streams that get one arrival before the faults and none after: their state must never change. */
    List<String> probeStreamIds() {
        return IntStream.range(0, size.streams())
                .mapToObj(s -> run + "-probe-" + s)
                .toList();
    }

    /** The probe streams' arrivals, each the last its stream will ever see. */
    Slice probeSlice() {
        List<Input> inputs = new ArrayList<>();
        Expected expected = new Expected();
        for (String streamId : probeStreamIds()) {
            String key = probeKeyOf(streamId);
            inputs.add(arrival(key, 0));
            expected.add(Output.DELIVERY_EVENTS, Output.arrival(BUCKET, key));
        }
        return new Slice(-1, List.of(), inputs, expected, 0);
    }

    static String probeKeyOf(String streamId) {
        return prefixOf(streamId) + "only.csv";
    }

    static String prefixOf(String streamId) {
        return CLIENT + "/" + streamId + "/";
    }

    /**
     * The next slice: the objects it stores, its inputs in the order they must be sent (the reader's first, so that a
     * fault halfway through a slice finds objects being read) and the outputs they must produce.
     */
    Slice nextSlice() {
        int slice = slices++;
        List<StoredObject> objects = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        Expected expected = new Expected();
        reader.addTo(slice, objects, inputs, expected);
        telemetry(slice, inputs, expected);
        arrivals(slice, inputs, expected);
        stores(slice, inputs, expected);
        return new Slice(slice, objects, inputs, expected, size.events());
    }

    private void telemetry(int slice, List<Input> inputs, Expected expected) {
        for (int b = 0; b < size.batchesPerDevice(); b++) {
            for (Map.Entry<String, KOfNOracle> device : oracles.entrySet()) {
                String batchId = "s" + slice + "-b" + b;
                List<TelemetryEvent> events = new ArrayList<>();
                for (int e = 0; e < size.eventsPerBatch(); e++) {
                    double value = random.nextInt(100);
                    events.add(new TelemetryEvent(origin.plusSeconds(readings++), Map.of("v", value)));
                    if (device.getValue().fires(value)) {
                        expected.add(
                                Output.TELEMETRY_ALERTS,
                                String.join(":", ruleId, device.getKey(), batchId, Integer.toString(e)));
                    }
                }
                TelemetryBatch batch =
                        new TelemetryBatch(batchId, projectId, device.getKey(), origin.plusSeconds(readings), events);
                inputs.add(new Input(
                        TelemetryNames.EVENTS_TOPIC, TelemetryKeys.scoped(projectId, device.getKey()), batch));
            }
        }
    }

    private void arrivals(int slice, List<Input> inputs, Expected expected) {
        for (String streamId : streamIds()) {
            for (int o = 0; o < size.objectsPerStream(); o++) {
                String key = prefixOf(streamId) + "slice-" + slice + "-" + o + ".csv";
                inputs.add(arrival(key, o));
                expected.add(Output.DELIVERY_EVENTS, Output.arrival(BUCKET, key));
            }
        }
    }

    /** Stores open 24/7 (no hours), inactive for 45 minutes: past the 30-minute threshold, so each goes down once. */
    private void stores(int slice, List<Input> inputs, Expected expected) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int s = 0; s < size.stores(); s++) {
            String storeId = run + "-store-" + slice + "-" + s;
            inputs.add(poll(storeId, now.minus(Duration.ofMinutes(60)), StoreStatus.active));
            inputs.add(poll(storeId, now.minus(Duration.ofMinutes(45)), StoreStatus.inactive));
            expected.add(Output.UPTIME_ALERTS, Output.uptime(storeId, StoreAlertKind.down.name()));
        }
    }

    /** An arrival for delivery: nothing reads the object, so it need not be stored. */
    private static Input arrival(String key, int index) {
        return objectCreated(BUCKET, key, 100 + index, "etag-" + index);
    }

    /** The event S3 sends when an object is created, keyed as the ingress keys it. */
    static Input objectCreated(String bucket, String key, long size, String etag) {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket(bucket)
                .setKey(key)
                .setSize(size)
                .setEtag(etag)
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.now())
                .setSource(S3EventSource.OTHER)
                .build();
        return new Input(VigilTopics.S3_OBJECT_EVENTS, bucket + "/" + key, event);
    }

    private Input poll(String storeId, Instant at, StoreStatus status) {
        report.poll(storeId, at, status);
        return new Input(VigilTopics.UPTIME_POLLS, storeId, new StorePoll(storeId, at, status));
    }

    /** The lines of an all-store uptime report as of {@code reference}, once every slice so far is processed. */
    List<String> uptimeReport(Instant reference) {
        return report.lines(reference);
    }
}
