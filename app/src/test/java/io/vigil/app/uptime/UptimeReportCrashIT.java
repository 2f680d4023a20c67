package io.vigil.app.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.app.runtime.CrashableInstances;
import io.vigil.app.uptime.report.S3ReportObjects;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportState;
import io.vigil.schema.uptime.ReportStatus;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.report.ReportIds;
import io.vigil.topology.uptime.report.ReportNames;
import io.vigil.topology.uptime.report.ReportObjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A report survives the crash of the instance completing it: two instances of the topology share the work on the real
 * broker; the first to write the report's CSV dies on the spot (its stream thread fails with an error, the instance
 * shuts down, its transaction is aborted), and the other completes the same report with every row exactly once.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(300)
class UptimeReportCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String BUCKET = "vigil-sensor";

    private CrashableInstances instances;

    @AfterEach
    void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void shouldCompleteTheReportOnTheOtherInstanceWhenTheOneWritingItDies(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path dirA, @TempDir Path dirB, @TempDir Path s3Dir)
            throws Exception {
        instances = new CrashableInstances(kafka, TestNames.unique(test));
        FingerprintSchemaRegistry registry = instances.registry();
        EmbeddedS3 s3 = instances.open(EmbeddedS3.start(s3Dir, 0, List.of(BUCKET)));
        S3Client client = instances.open(
                new S3ClientSettings(Optional.of(s3.endpoint()), s3.region(), Optional.of("t"), Optional.of("t"), 3)
                        .client());
        instances.provisionTopics(instances.config(dirA));
        UptimeData data = new UptimeData(TestNames.unique(test, "store"));
        data.write(kafka.bootstrapServers(), registry);
        String reportId = ReportIds.next();
        AtomicReference<String> crashed = new AtomicReference<>();
        S3ReportObjects s3Objects = new S3ReportObjects(client, BUCKET);
        KafkaStreams a = instances.start(
                instances.config(dirA), 18081, crashingOnce("a", reportId, crashed, s3Objects), Map.of());
        KafkaStreams b = instances.start(
                instances.config(dirB), 18082, crashingOnce("b", reportId, crashed, s3Objects), Map.of());
        await("both instances hold this test's stores")
                .atMost(WAIT)
                .until(() -> holds(a, data.upStore()) || holds(b, data.upStore()));

        requestReport(kafka, registry, reportId, data.reference());

        await("one instance crashed").atMost(WAIT).until(() -> crashed.get() != null);
        KafkaStreams dead = crashed.get().equals("a") ? a : b;
        KafkaStreams survivor = dead == a ? b : a;
        await("the crashed instance stopped")
                .atMost(WAIT)
                .until(() ->
                        dead.state() == KafkaStreams.State.ERROR || dead.state() == KafkaStreams.State.NOT_RUNNING);
        ReportStatus done = await("the survivor completed the report")
                .atMost(WAIT)
                .ignoreExceptionsInstanceOf(InvalidStateStoreException.class)
                .until(
                        () -> status(survivor, reportId),
                        status -> status != null && status.getState() != ReportState.running);
        assertThat(done.getState()).isEqualTo(ReportState.complete);
        List<String> lines = Arrays.asList(new String(
                        client.getObjectAsBytes(get -> get.bucket(BUCKET).key(done.getObjectKey()))
                                .asByteArray(),
                        StandardCharsets.UTF_8)
                .split("\n"));
        assertThat(lines.get(0)).isEqualTo(UptimeData.HEADER);
        assertThat(lines)
                .filteredOn(line -> line.startsWith(data.prefix()))
                .containsExactly(data.silentRow(), data.upRow());
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[0]).toList())
                .doesNotHaveDuplicates();
        assertThat(done.getRowCount()).isEqualTo(lines.size() - 1L);
    }

    /** Throws an error (not an exception: no handler may resume) at the first write of the report, on one instance. */
    private static ReportObjects crashingOnce(
            String instance, String reportId, AtomicReference<String> crashed, ReportObjects real) {
        return (id, csv) -> {
            if (id.equals(reportId) && crashed.compareAndSet(null, instance)) {
                throw new InstanceCrash(instance);
            }
            return real.put(id, csv);
        };
    }

    /** What the API does: one request to every partition, then the running status naming how many were asked. */
    private static void requestReport(
            EmbeddedKafkaCluster kafka, FingerprintSchemaRegistry registry, String reportId, Instant reference) {
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            int partitions = producer.partitionsFor(ReportNames.REQUESTS_TOPIC).size();
            ReportRequest request = new ReportRequest(reportId, null, reference, false, Instant.now());
            byte[] bytes = AvroSerde.of(ReportRequest.class, registry)
                    .serializer()
                    .serialize(ReportNames.REQUESTS_TOPIC, request);
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(ReportNames.REQUESTS_TOPIC, partition, reportId, bytes));
            }
            ReportStatus running = ReportStatus.newBuilder()
                    .setReportId(reportId)
                    .setState(ReportState.running)
                    .setPartitions(partitions)
                    .setReference(reference)
                    .setRequestedAt(request.getRequestedAt())
                    .build();
            producer.send(new ProducerRecord<>(
                    ReportNames.REPORTS_TOPIC,
                    reportId,
                    AvroSerde.of(ReportStatus.class, registry)
                            .serializer()
                            .serialize(ReportNames.REPORTS_TOPIC, running)));
            producer.flush();
        }
    }

    private static boolean holds(KafkaStreams streams, String storeId) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(
                                    UptimeNames.STATUS_STORE, QueryableStoreTypes.<String, Object>keyValueStore()))
                            .get(storeId)
                    != null;
        } catch (InvalidStateStoreException notReady) {
            return false;
        }
    }

    private static ReportStatus status(KafkaStreams streams, String reportId) {
        return streams.store(StoreQueryParameters.fromNameAndType(
                        ReportNames.REPORTS_STORE, QueryableStoreTypes.<String, ReportStatus>keyValueStore()))
                .get(reportId);
    }

    /** The simulated crash: an error ends the stream thread and, by the handler above, the instance. */
    private static final class InstanceCrash extends Error {
        InstanceCrash(String instance) {
            super("instance " + instance + " crashes while writing the report");
        }
    }
}
