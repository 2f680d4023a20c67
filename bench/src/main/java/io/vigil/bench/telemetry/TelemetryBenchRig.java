package io.vigil.bench.telemetry;

import io.vigil.bench.harness.GroupProgress;
import io.vigil.bench.sensor.BenchVigil;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code telemetry-ingest} runs against, set up before the first round and closed after the last: a whole
 * Vigil instance with the bench project in it, the clients that post batches, the watcher of the alerts topic, the
 * reader of the topology's committed offsets, and the baseline's topic (as many partitions as the events topic) with
 * its producer and consumer.
 */
final class TelemetryBenchRig implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelemetryBenchRig.class);
    private static final String RAW_TOPIC = "bench.telemetry.events-raw";

    private final BenchVigil vigil;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Admin admin;
    private BenchProject project;
    private BatchPoster poster;
    private AlertWatcher alerts;
    private GroupProgress evaluated;
    private RawRoundTrip raw;

    private TelemetryBenchRig(BenchVigil vigil) {
        this.vigil = vigil;
    }

    static TelemetryBenchRig start(TelemetryWorkload workload) {
        TelemetryBenchRig rig = new TelemetryBenchRig(BenchVigil.start());
        try {
            rig.open(workload);
            return rig;
        } catch (Exception e) {
            try {
                rig.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw new IllegalStateException("cannot set up telemetry-ingest", e);
        }
    }

    private void open(TelemetryWorkload workload) throws Exception {
        long begin = System.nanoTime();
        admin = add(Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, vigil.bootstrapServers())));
        List<TopicPartition> events = partitions(TelemetryNames.EVENTS_TOPIC);
        admin.createTopics(List.of(new NewTopic(RAW_TOPIC, events.size(), (short) 1)))
                .all()
                .get();
        // committed offsets read every 20 ms: small against a round, cheap for the broker
        evaluated = new GroupProgress(admin, vigil.applicationId(), Duration.ofMillis(20));
        alerts = add(new AlertWatcher(vigil.bootstrapServers(), partitions(TelemetryNames.ALERTS_TOPIC)));
        // as created: describing a topic just created may fail until its metadata has reached every broker listener
        List<TopicPartition> rawPartitions = IntStream.range(0, events.size())
                .mapToObj(partition -> new TopicPartition(RAW_TOPIC, partition))
                .toList();
        raw = add(new RawRoundTrip(vigil.bootstrapServers(), rawPartitions));
        project = BenchProject.create(vigil.http(), workload);
        poster = add(new BatchPoster(project.http(), workload.sizes().clients()));
        log.info(
                "telemetry-ingest set up in {} s: {} devices, {} rules, {} partitions",
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - begin) / 1e9),
                project.deviceIds().size(),
                workload.sizes().rules(),
                events.size());
    }

    private List<TopicPartition> partitions(String topic) throws Exception {
        int count = admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get()
                .get(topic)
                .partitions()
                .size();
        return IntStream.range(0, count)
                .mapToObj(partition -> new TopicPartition(topic, partition))
                .toList();
    }

    private <T extends AutoCloseable> T add(T resource) {
        opened.add(resource);
        return resource;
    }

    String rawTopic() {
        return RAW_TOPIC;
    }

    BenchProject project() {
        return project;
    }

    BatchPoster poster() {
        return poster;
    }

    AlertWatcher alerts() {
        return alerts;
    }

    /** The topology's progress: under exactly-once a batch counts once the transaction that evaluated it commits. */
    GroupProgress evaluated() {
        return evaluated;
    }

    RawRoundTrip raw() {
        return raw;
    }

    /** Closes the clients, newest first, then Vigil; the first failure is thrown with the others suppressed. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                RuntimeException wrapped = new IllegalStateException("cannot close " + opened.get(i), e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        vigil.close();
        if (failure != null) {
            throw failure;
        }
    }
}
