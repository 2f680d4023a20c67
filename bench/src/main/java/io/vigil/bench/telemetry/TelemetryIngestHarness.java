package io.vigil.bench.telemetry;

import io.vigil.bench.harness.Harness;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import io.vigil.topology.telemetry.TelemetrySerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events per second from {@code POST /telemetry} to evaluated rules (candidate: a round of 5,000-event batches over
 * the devices, posted by a few clients at once, timed from the first request until the topology has committed its
 * offsets past every batch, i.e. evaluated them all under exactly-once) against the same events as the same Avro
 * records produced straight to a topic of their own and read back by a plain consumer that decodes nothing
 * (baseline: what Kafka alone allows on this machine). Each candidate round also takes the alerts its batches fire
 * from the alerts topic and reports the latency from a batch's request to each of its alerts.
 */
public final class TelemetryIngestHarness implements Harness {

    private static final Logger log = LoggerFactory.getLogger(TelemetryIngestHarness.class);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration ALERTS_AFTER_EVALUATION = Duration.ofMinutes(1);
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final TelemetryBenchRig rig;
    private final TelemetryWorkload workload;
    private final Serializer<TelemetryBatch> batches =
            TelemetrySerdes.of(new FingerprintSchemaRegistry()).batches().serializer();
    private long candidateRounds;
    private long baselineRounds;
    private CandidateRound lastCandidate;
    private long lastBaselineBytes;

    /** What the last candidate round counted: every figure the test checks against the workload. */
    record CandidateRound(long batches, long acceptedEvents, long expectedAlerts, AlertLatencies alerts) {}

    private TelemetryIngestHarness(TelemetryBenchRig rig, TelemetryWorkload workload) {
        this.rig = rig;
        this.workload = workload;
    }

    /** Starts Vigil and creates the tenant, devices and rules (not timed). */
    public static TelemetryIngestHarness create(TelemetryBenchSizes sizes) {
        TelemetryWorkload workload = new TelemetryWorkload(
                sizes, Instant.now().minus(Duration.ofDays(1))); // a day back: no event in the future
        return new TelemetryIngestHarness(TelemetryBenchRig.start(workload), workload);
    }

    @Override
    public String name() {
        return "telemetry-ingest";
    }

    @Override
    public String unit() {
        return "events/s";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String baselineDescription() {
        return String.format(
                Locale.ROOT,
                "%d batches of %d events as Avro records (%.1f MB a round) produced to a topic of their own and read"
                        + " back undecoded",
                workload.sizes().batches(),
                workload.sizes().eventsPerBatch(),
                lastBaselineBytes / 1e6);
    }

    @Override
    public String candidateDescription() {
        TelemetryBenchSizes sizes = workload.sizes();
        String alerts = lastCandidate == null
                ? "no round yet"
                : String.format(
                        Locale.ROOT,
                        "last round %d alerts, ingest to alert p50 %.1f ms, p99 %.1f ms",
                        lastCandidate.alerts().alerts(),
                        lastCandidate.alerts().p50Millis(),
                        lastCandidate.alerts().p99Millis());
        return String.format(
                Locale.ROOT,
                "%d batches of %d events over %d devices, %d rules, %d clients, POST /telemetry until evaluated; %s",
                sizes.batches(),
                sizes.eventsPerBatch(),
                sizes.devices(),
                sizes.rules(),
                sizes.clients(),
                alerts);
    }

    @Override
    public double measureBaseline() throws Exception {
        long round = baselineRounds++;
        List<RawRoundTrip.Encoded> encoded = new ArrayList<>(workload.sizes().batches());
        for (int batch = 0; batch < workload.sizes().batches(); batch++) {
            String deviceId = rig.project().deviceIds().get(TelemetryWorkload.externalId(workload.device(batch)));
            TelemetryBatch record = workload.record(round, batch, rig.project().projectId(), deviceId);
            String key = TelemetryKeys.scoped(record.getProjectId(), record.getDeviceId());
            encoded.add(new RawRoundTrip.Encoded(key, batches.serialize(rig.rawTopic(), record)));
        }
        rig.raw().toEnd();
        long begin = System.nanoTime();
        Future<Long> read = rig.raw().read(encoded.size(), ROUND_TIMEOUT);
        rig.raw().send(encoded);
        lastBaselineBytes = read.get(ROUND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        double rate = workload.sizes().events() / ((System.nanoTime() - begin) / NANOS_PER_SECOND);
        log.info(
                "baseline round {}: {} events/s, {} MB",
                round,
                String.format(Locale.ROOT, "%.0f", rate),
                String.format(Locale.ROOT, "%.1f", lastBaselineBytes / 1e6));
        return rate;
    }

    @Override
    public double measureCandidate() throws Exception {
        long round = candidateRounds++;
        List<byte[]> bodies = new ArrayList<>(workload.sizes().batches());
        for (int batch = 0; batch < workload.sizes().batches(); batch++) {
            bodies.add(workload.json(round, batch));
        }
        List<AlertWatcher.Arrival> stray = rig.alerts().extra();
        if (!stray.isEmpty()) {
            throw new IllegalStateException(stray.size() + " alerts beyond those expected, e.g. " + stray.get(0));
        }
        long begin = System.nanoTime();
        BatchPoster.Posted posted = rig.poster().post(bodies, workload.sizes().devices());
        long answered = System.nanoTime();
        rig.evaluated().awaitCaughtUp(List.of(TelemetryNames.EVENTS_TOPIC), ROUND_TIMEOUT);
        long evaluated = System.nanoTime();
        List<AlertWatcher.Arrival> arrivals = rig.alerts().take(workload.alertsPerRound(), ALERTS_AFTER_EVALUATION);
        lastCandidate = new CandidateRound(
                posted.sentAt().size(), posted.accepted(), workload.alertsPerRound(), latencies(arrivals, posted));
        double rate = workload.sizes().events() / ((evaluated - begin) / NANOS_PER_SECOND);
        log.info(
                "candidate round {}: {} events/s; every batch answered 202 after {} s, evaluated {} s later;"
                        + " {} alerts, p50 {} ms, p99 {} ms",
                round,
                String.format(Locale.ROOT, "%.0f", rate),
                seconds(answered - begin),
                seconds(evaluated - answered),
                lastCandidate.alerts().alerts(),
                String.format(Locale.ROOT, "%.1f", lastCandidate.alerts().p50Millis()),
                String.format(Locale.ROOT, "%.1f", lastCandidate.alerts().p99Millis()));
        return rate;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / NANOS_PER_SECOND);
    }

    private static AlertLatencies latencies(List<AlertWatcher.Arrival> arrivals, BatchPoster.Posted posted) {
        Map<String, Long> sentAt = posted.sentAt();
        long[] nanos = new long[arrivals.size()];
        Set<String> alertIds = new HashSet<>();
        Set<String> batchIds = new HashSet<>();
        for (int i = 0; i < nanos.length; i++) {
            AlertWatcher.Arrival arrival = arrivals.get(i);
            Long sent = sentAt.get(arrival.batchId());
            if (sent == null) {
                throw new IllegalStateException("alert " + arrival.alertId() + " is of no batch of this round");
            }
            nanos[i] = arrival.at() - sent;
            alertIds.add(arrival.alertId());
            batchIds.add(arrival.batchId());
        }
        return AlertLatencies.of(nanos, alertIds.size(), batchIds.size());
    }

    /** The counts of the last candidate round (visible for testing). */
    CandidateRound lastCandidate() {
        return lastCandidate;
    }

    /** Alerts that arrived beyond those the rounds expected (visible for testing). */
    List<AlertWatcher.Arrival> strayAlerts() {
        return rig.alerts().extra();
    }

    @Override
    public void close() {
        rig.close();
    }
}
