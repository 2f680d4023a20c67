package io.vigil.bench.delivery;

import io.vigil.config.VigilConfig;
import io.vigil.schema.delivery.ArrivalRecord;
import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.DeliveryStreamState;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.StreamsSettings;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopology;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.delivery.StreamLedger;
import io.vigil.topology.delivery.state.StreamStates;
import io.vigil.topology.ingress.IngressTopology;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A TopologyTestDriver with the production Streams settings over its own state directory, fed from a
 * {@link DeliveryWorkload}: either the whole Vigil topology or the ingress sub-topology alone.
 */
final class DeliveryDriver implements AutoCloseable {

    /** Output is drained this often while piping: the driver keeps every produced record until it is read. */
    private static final int DRAIN_EVERY = 10_000;

    private final DeliveryWorkload workload;
    private final Path stateDir;
    private final SharedRocksDbMemory rocksDb;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Expectation> expectations;
    private final TestInputTopic<String, S3ObjectEvent> objects;
    private final TestOutputTopic<String, DeliveryAlert> alerts;
    private final Map<String, TestOutputTopic<byte[], byte[]>> drains = new HashMap<>();
    private Instant wallClock = DeliveryWorkload.START;
    private StreamLedger ledger;

    private DeliveryDriver(DeliveryWorkload workload, boolean wholeTopology) {
        this.workload = workload;
        this.stateDir = createStateDir();
        VigilConfig config = new VigilConfig(Map.of(
                VigilConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092",
                VigilConfig.STATE_DIR_CONFIG, stateDir.toString(),
                VigilConfig.DELIVERY_SWEEP_INTERVAL_CONFIG, DeliveryWorkload.SWEEP_INTERVAL.toMillis()));
        this.rocksDb = new SharedRocksDbMemory(config.rocksDbBlockCacheBytes(), config.rocksDbWriteBufferBytes());
        Properties props = StreamsSettings.of(config, 8080, rocksDb);
        FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
        Topology topology =
                wholeTopology ? VigilTopology.build(registry, config, props) : ingressOnly(registry, config, props);
        this.driver = new TopologyTestDriver(topology, props, DeliveryWorkload.START);
        this.objects = driver.createInputTopic(
                VigilTopics.S3_OBJECT_EVENTS, new StringSerializer(), AvroSerde.of(S3ObjectEvent.class, registry));
        this.expectations = wholeTopology
                ? driver.createInputTopic(
                        DeliveryNames.EXPECTATIONS_TOPIC,
                        new StringSerializer(),
                        AvroSerde.of(Expectation.class, registry))
                : null;
        this.alerts = wholeTopology
                ? driver.createOutputTopic(
                        DeliveryNames.ALERTS_TOPIC,
                        new StringDeserializer(),
                        AvroSerde.of(DeliveryAlert.class, registry))
                : null;
    }

    /** The whole Vigil topology with every expectation of the workload loaded and settled. */
    static DeliveryDriver wholeTopology(DeliveryWorkload workload) {
        DeliveryDriver driver = new DeliveryDriver(workload, true);
        try {
            driver.loadExpectations();
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return driver;
    }

    /** The ingress sub-topology alone: what every object event costs before delivery matches it. */
    static DeliveryDriver ingressOnly(DeliveryWorkload workload) {
        return new DeliveryDriver(workload, false);
    }

    /** Pipes arrivals {@code first} .. {@code first + count - 1}; returns the delivery events they produced. */
    long pipeArrivals(long first, int count) {
        long events = 0;
        for (long n = first; n < first + count; n++) {
            pipe(workload.arrival(n));
            if ((n - first + 1) % DRAIN_EVERY == 0) {
                events += drainOutput();
            }
        }
        return events + drainOutput();
    }

    /** Pipes object events as S3 notifications. */
    void pipeObjects(List<S3ObjectEvent> events) {
        events.forEach(this::pipe);
        drainOutput();
    }

    /** Moves the wall clock forward to {@code instant}, which runs the sweeper (once) when its interval has passed. */
    void advanceWallClockTo(Instant instant) {
        driver.advanceWallClockTime(Duration.between(wallClock, instant));
        wallClock = instant;
    }

    /** The alerts emitted since the last call. */
    List<DeliveryAlert> readAlerts() {
        return alerts.readValuesToList();
    }

    KeyValueStore<String, DeliveryStreamState> streamStates() {
        return driver.getKeyValueStore(DeliveryNames.STREAM_STATE_STORE);
    }

    KeyValueStore<String, String> dueIndex() {
        return driver.getKeyValueStore(DeliveryNames.DUE_INDEX_STORE);
    }

    /**
     * The stream side's stores, with the per-stream work the sweeper does on them: one ledger for everything the
     * harnesses do to them, as the sweep relies on its ledger seeing every write to the due index.
     */
    StreamLedger ledger() {
        if (ledger == null) {
            ledger = new StreamLedger(
                    streamStates(),
                    dueIndex(),
                    driver.getKeyValueStore(DeliveryNames.ALERT_LOG_STORE),
                    driver.getKeyValueStore(DeliveryNames.CALENDARS_STORE));
        }
        return ledger;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            rocksDb.close();
            deleteStateDir();
        }
    }

    /**
     * Gives every stream its {@value DeliveryWorkload#HISTORY_DAYS} days of files and moves the wall clock to the
     * sweep day, where no stream is due yet. The files go straight to the stream side's {@link StreamLedger}, with the
     * state changes the processor makes for an arrival ({@link StreamStates#withArrival}), all of a stream's at once:
     * through the driver, a million arrivals would take the harness most of an hour to set up. The states are those
     * a live run reaches, as the replay makes the order and the batching of arrivals irrelevant. Fails if any stream
     * owed an alert on the way.
     */
    void recordHistory() {
        StreamLedger ledger = ledger();
        for (int stream = 0; stream < workload.streams(); stream++) {
            String streamKey = workload.streamKey(stream);
            DeliveryStreamState before = ledger.state(streamKey);
            DeliveryStreamState changed = before;
            for (int day = 0; day < DeliveryWorkload.HISTORY_DAYS; day++) {
                changed = StreamStates.withArrival(changed, arrivalRecord(workload.dailyFile(stream, day)));
            }
            List<DeliveryAlert> owed = ledger.evaluateAndStore(streamKey, before, changed, workload.sweepDay());
            if (!owed.isEmpty()) {
                throw new IllegalStateException(streamKey + " owed " + owed + " for on-time files");
            }
            if ((stream + 1) % DRAIN_EVERY == 0) {
                drainOutput();
            }
        }
        drainOutput();
        advanceWallClockTo(workload.sweepDay());
    }

    private static ArrivalRecord arrivalRecord(S3ObjectEvent file) {
        return ArrivalRecord.newBuilder()
                .setArrivedAt(file.getEventTime())
                .setDeliveryDay(file.getEventTime()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString())
                .setKey(file.getKey())
                .setEtag(file.getEtag())
                .build();
    }

    private void pipe(S3ObjectEvent event) {
        objects.pipeInput(DeliveryWorkload.objectKey(event), event, event.getEventTime());
    }

    private void loadExpectations() {
        for (int stream = 0; stream < workload.streams(); stream++) {
            expectations.pipeInput(workload.streamKey(stream), workload.expectation(stream), DeliveryWorkload.START);
            if ((stream + 1) % DRAIN_EVERY == 0) {
                drainOutput();
            }
        }
        drainOutput();
    }

    /**
     * Reads (as bytes) and drops what the driver kept of every topic written so far, changelogs included, except
     * the alerts, which the caller reads. Returns how many delivery events there were.
     */
    private long drainOutput() {
        long events = 0;
        for (String topic : driver.producedTopicNames()) {
            if (topic.equals(DeliveryNames.ALERTS_TOPIC)) {
                continue;
            }
            int drained = drains.computeIfAbsent(
                            topic,
                            name -> driver.createOutputTopic(
                                    name, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
                    .readRecordsToList()
                    .size();
            if (topic.equals(DeliveryNames.EVENTS_TOPIC)) {
                events += drained;
            }
        }
        return events;
    }

    private static Topology ingressOnly(FingerprintSchemaRegistry registry, VigilConfig config, Properties props) {
        StreamsBuilder builder = new StreamsBuilder();
        IngressTopology.build(
                builder,
                AvroSerde.of(S3ObjectEvent.class, registry),
                AvroSerde.of(BucketActivity.class, registry),
                config.defaultPartitions());
        return builder.build(props);
    }

    private static Path createStateDir() {
        try {
            return Files.createTempDirectory("vigil-bench-delivery-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a state directory for the driver", e);
        }
    }

    private void deleteStateDir() {
        try (Stream<Path> paths = Files.walk(stateDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the driver's state directory " + stateDir, e);
        }
    }
}
