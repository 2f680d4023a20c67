package io.vigil.bench.telemetry;

import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The events of {@code telemetry-ingest} and the rules over them, the same on both sides of the benchmark. Four
 * metrics an event. The first rule ({@code vibration > 100}, k = n = 1) fires on one event in every
 * {@link #firePeriod()}, always the batch's last among them, so every batch fires at least once and its alerts show
 * that it was evaluated; every other rule watches a metric against a threshold the data never reaches (k = 3 of 10),
 * so it costs a window read and write per batch and a comparison per event but never fires. A batch's events are a
 * millisecond apart and later with every batch, so each device sees its readings in time order.
 */
final class TelemetryWorkload {

    static final List<String> METRICS = List.of("temperature", "humidity", "pressure", "vibration");
    static final String SPIKE_METRIC = "vibration";
    static final double SPIKE_THRESHOLD = 100;
    static final double SPIKE_VALUE = 150;
    private static final int FIRE_EVERY = 1_000;
    private static final double NEVER_REACHED = 1_000_000;
    private static final long SEED = 8;

    private final TelemetryBenchSizes sizes;
    private final Instant start;

    /** @param start the time of the first event: far enough back that no round's events lie in the future */
    TelemetryWorkload(TelemetryBenchSizes sizes, Instant start) {
        this.sizes = sizes;
        this.start = start.truncatedTo(ChronoUnit.MILLIS);
    }

    TelemetryBenchSizes sizes() {
        return sizes;
    }

    /** Events between two firing ones: 1,000, or the whole batch when batches are smaller. */
    int firePeriod() {
        return Math.min(FIRE_EVERY, sizes.eventsPerBatch());
    }

    /** Alerts one batch fires. */
    int alertsPerBatch() {
        return sizes.eventsPerBatch() / firePeriod();
    }

    /** Alerts one round of batches fires. */
    long alertsPerRound() {
        return (long) alertsPerBatch() * sizes.batches();
    }

    static String externalId(int device) {
        return String.format(Locale.ROOT, "device-%05d", device);
    }

    /** The device of batch {@code batch} of a round: the devices in turn. */
    int device(int batch) {
        return batch % sizes.devices();
    }

    /** The bodies of {@code POST /projects/{p}/rules}, the firing rule first. */
    List<String> ruleBodies() {
        List<String> bodies = new ArrayList<>();
        bodies.add(rule("spike", SPIKE_METRIC, SPIKE_THRESHOLD, 1, 1));
        for (int i = 1; i < sizes.rules(); i++) {
            bodies.add(rule("quiet-" + i, METRICS.get(i % METRICS.size()), NEVER_REACHED + i, 10, 3));
        }
        return bodies;
    }

    private static String rule(String name, String metric, double threshold, int n, int k) {
        return String.format(
                Locale.ROOT,
                "{\"name\":\"%s\",\"metric\":\"%s\",\"operator\":\">\",\"threshold\":%s,\"window_n\":%d,"
                        + "\"required_k\":%d,\"cooldown_seconds\":0,\"scope\":\"ALL\"}",
                name,
                metric,
                Double.toString(threshold),
                n,
                k);
    }

    /** The body of {@code POST /telemetry} for batch {@code batch} of round {@code round}. */
    byte[] json(long round, int batch) {
        StringBuilder body = new StringBuilder(sizes.eventsPerBatch() * 112 + 64);
        body.append("{\"device_external_id\":\"")
                .append(externalId(device(batch)))
                .append("\",\"events\":[");
        Events events = new Events(round, batch);
        for (int i = 0; i < sizes.eventsPerBatch(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"ts\":\"").append(events.ts(i)).append("\",\"data\":{");
            double[] values = events.values(i);
            for (int m = 0; m < values.length; m++) {
                if (m > 0) {
                    body.append(',');
                }
                body.append('"').append(METRICS.get(m)).append("\":").append(values[m]);
            }
            body.append("}}");
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The record the API writes for {@link #json}'s body: the same events, a fresh batch id, received now. */
    TelemetryBatch record(long round, int batch, String projectId, String deviceId) {
        Events events = new Events(round, batch);
        List<TelemetryEvent> read = new ArrayList<>(sizes.eventsPerBatch());
        for (int i = 0; i < sizes.eventsPerBatch(); i++) {
            double[] values = events.values(i);
            Map<String, Object> data = new LinkedHashMap<>();
            for (int m = 0; m < values.length; m++) {
                data.put(METRICS.get(m), values[m]);
            }
            read.add(new TelemetryEvent(events.ts(i), data));
        }
        return TelemetryBatch.newBuilder()
                .setBatchId(UUID.randomUUID().toString())
                .setProjectId(projectId)
                .setDeviceId(deviceId)
                .setReceivedAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setEvents(read)
                .build();
    }

    /** The events of one batch, generated again identically each time they are asked for. */
    private final class Events {

        private final long first;
        private final SplittableRandom random;

        Events(long round, int batch) {
            long sequence = round * sizes.batches() + batch;
            this.first = sequence * sizes.eventsPerBatch();
            this.random = new SplittableRandom(SEED + sequence);
        }

        Instant ts(int index) {
            return start.plusMillis(first + index);
        }

        /** The metrics of event {@code index}, in {@link #METRICS} order; call once per event, in order. */
        double[] values(int index) {
            boolean fires = (index + 1) % firePeriod() == 0;
            return new double[] {
                random.nextInt(150, 350) / 10.0,
                random.nextInt(300, 700) / 10.0,
                random.nextInt(9_800, 10_300) / 10.0,
                fires ? SPIKE_VALUE : random.nextInt(0, 500) / 10.0
            };
        }
    }
}
