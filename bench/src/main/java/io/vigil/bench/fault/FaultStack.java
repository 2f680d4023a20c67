package io.vigil.bench.fault;

import io.vigil.config.VigilConfig;
import io.vigil.connectors.s3.S3ClientSettings;
import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.embedded.FreePorts;
import io.vigil.embedded.KafkaClusterSpec;
import io.vigil.topology.TopicProvisioner;
import io.vigil.topology.VigilTopics;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.awaitility.Awaitility;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the scenarios break: a three-node KRaft cluster in this JVM (replication 3, {@code min.insync.replicas=2}) on
 * fixed ports, so that it can be restarted on its data, and Vigil instances as processes of their own, each with a
 * state directory that survives its restarts, one standby replica of every store and an S3 object reader. The S3
 * endpoint the readers fetch from is outside what breaks: it runs in this JVM for the stack's whole life.
 */
final class FaultStack implements AutoCloseable {

    static final int BROKERS = 3;
    static final String APPLICATION_ID = "vigil";
    static final String QUALITY_BUCKET = "fault-quality";
    static final String SENSOR_BUCKET = "fault-sensor";
    static final String SENSOR_PREFIX = "readings/";
    private static final String S3_CREDENTIAL = "fault";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClusterSpec spec;
    private final Path root;
    private final String adminKey = "vk_admin." + UUID.randomUUID();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<VigilProcess> instances = new ArrayList<>();
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fault-stack-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private EmbeddedKafkaCluster kafka;
    private EmbeddedS3 s3;
    private S3Client s3Client;

    private FaultStack(KafkaClusterSpec spec, Path root) {
        this.spec = spec;
        this.root = root;
    }

    /** What must be on the topics before any instance starts, e.g. the quality rules its reader loads at start-up. */
    @FunctionalInterface
    interface Seed {
        void accept(FaultStack stack) throws Exception;
    }

    /**
     * Starts the S3 endpoint and the brokers, provisions Vigil's topics, runs {@code seed}, then starts
     * {@code instanceCount} Vigil instances and waits until every one is ready.
     */
    static FaultStack start(Path root, int instanceCount, Map<String, String> extraSettings, Seed seed)
            throws Exception {
        int base = freePortBlock(2 * BROKERS + instanceCount);
        KafkaClusterSpec spec = KafkaClusterSpec.threeNodes(root.resolve("kafka"))
                .withPorts(base, base + BROKERS)
                .withOverrides(Map.of(
                        "min.insync.replicas", "2",
                        "default.replication.factor", "3",
                        "group.min.session.timeout.ms", "3000",
                        "broker.session.timeout.ms", "4000",
                        "broker.heartbeat.interval.ms", "500"));
        // Whatever happens to this JVM short of SIGKILL, no Vigil process outlives it.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly),
                        "fault-stack-reaper"));
        FaultStack stack = new FaultStack(spec, root);
        try {
            stack.s3 = EmbeddedS3.start(root.resolve("s3"), 0, List.of(QUALITY_BUCKET, SENSOR_BUCKET));
            stack.s3Client = stack.s3Settings().client();
            stack.kafka = EmbeddedKafkaCluster.start(spec);
            for (int i = 0; i < instanceCount; i++) {
                int port = base + 2 * BROKERS + i;
                stack.instances.add(new VigilProcess(
                        "vigil-" + i,
                        port,
                        stack.settings(i, port, extraSettings),
                        root.resolve("vigil-" + i + ".log"),
                        stack.http));
            }
            stack.provisionTopics(extraSettings);
            seed.accept(stack);
            stack.instances.forEach(VigilProcess::start);
            stack.supervisor.scheduleWithFixedDelay(
                    () -> stack.instances.forEach(VigilProcess::superviseOnce), 1, 1, TimeUnit.SECONDS);
            stack.awaitAllReady();
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    /** The topics exactly as an instance would create them, so that a seed can write to them. */
    private void provisionTopics(Map<String, String> extraSettings) {
        VigilConfig config = new VigilConfig(settings(0, 0, extraSettings));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            new TopicProvisioner(admin, ADMIN_TIMEOUT)
                    .provision(VigilTopics.from(config).all());
        }
    }

    private S3ClientSettings s3Settings() {
        return new S3ClientSettings(
                Optional.of(s3.endpoint()),
                s3.region(),
                Optional.of(S3_CREDENTIAL),
                Optional.of(S3_CREDENTIAL),
                S3ClientSettings.DEFAULT_MAX_ATTEMPTS);
    }

    private Map<String, String> settings(int index, int port, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>();
        settings.put(VigilConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        settings.put(VigilConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        settings.put(VigilConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(VigilConfig.HTTP_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        settings.put(VigilConfig.HTTP_PORT_CONFIG, Integer.toString(port));
        settings.put(
                VigilConfig.STATE_DIR_CONFIG, root.resolve("state-" + index).toString());
        settings.put(VigilConfig.REPLICATION_FACTOR_CONFIG, "3");
        settings.put(VigilConfig.NUM_STANDBY_REPLICAS_CONFIG, "1");
        settings.put(VigilConfig.ADMIN_API_KEY_CONFIG, adminKey);
        settings.put(VigilConfig.READER_ENABLED_CONFIG, "true");
        settings.put(VigilConfig.S3_ENDPOINT_CONFIG, s3.endpoint().toString());
        settings.put(VigilConfig.S3_REGION_CONFIG, s3.region());
        settings.put(VigilConfig.S3_ACCESS_KEY_ID_CONFIG, S3_CREDENTIAL);
        settings.put(VigilConfig.S3_SECRET_ACCESS_KEY_CONFIG, S3_CREDENTIAL);
        settings.put(VigilConfig.SENSOR_BUCKET_CONFIG, SENSOR_BUCKET);
        settings.put(VigilConfig.SENSOR_PREFIX_CONFIG, SENSOR_PREFIX);
        settings.put(VigilConfig.API_RATE_PER_IP_CONFIG, "0");
        settings.put(VigilConfig.API_RATE_PER_KEY_CONFIG, "0");
        settings.put(VigilConfig.ROCKSDB_BLOCK_CACHE_BYTES_CONFIG, Integer.toString(64 << 20));
        settings.put(VigilConfig.ROCKSDB_WRITE_BUFFER_BYTES_CONFIG, Integer.toString(32 << 20));
        settings.put(VigilConfig.UPTIME_ALERT_CHECK_INTERVAL_CONFIG, "500");
        // A killed instance is noticed after the session timeout, by the stream threads' group and the object
        // readers'; the broker's minimum is 3 s here.
        for (String prefix : List.of(VigilConfig.STREAMS_PREFIX, VigilConfig.CONSUMER_PREFIX)) {
            settings.put(prefix + "session.timeout.ms", "6000");
            settings.put(prefix + "heartbeat.interval.ms", "1000");
        }
        settings.putAll(extra);
        return settings;
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    String adminKey() {
        return adminKey;
    }

    HttpClient http() {
        return http;
    }

    /** A client of the stack's S3 endpoint, for putting the objects the workload announces. */
    S3Client s3() {
        return s3Client;
    }

    List<VigilProcess> instances() {
        return List.copyOf(instances);
    }

    VigilProcess instance(int index) {
        return instances.get(index);
    }

    /** Whether the application's group is stable with exactly {@code members} members: a rebalance has settled. */
    boolean groupSettledWith(int members) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(APPLICATION_ID))
                    .all()
                    .get()
                    .get(APPLICATION_ID);
            return group.groupState() == GroupState.STABLE && group.members().size() == members;
        }
    }

    void stopBroker(int nodeId) {
        kafka.stopNode(nodeId);
    }

    void startBroker(int nodeId) {
        kafka.startNode(nodeId);
    }

    /** Stops every instance (SIGTERM) and then the brokers, keeping every data directory. */
    void stopAll() {
        instances.parallelStream().forEach(VigilProcess::stop);
        kafka.close();
    }

    /** Starts the brokers on their data and ports again, then every instance on its state directory. */
    void startAll() {
        kafka = EmbeddedKafkaCluster.start(spec);
        instances.forEach(VigilProcess::start);
        awaitAllReady();
    }

    void awaitAllReady() {
        instances.forEach(instance -> Awaitility.await(instance.name() + " ready")
                .atMost(READY_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(instance::isReady));
    }

    @Override
    public void close() {
        supervisor.shutdownNow();
        instances.forEach(VigilProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        if (s3Client != null) {
            s3Client.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    /** {@code count} consecutive free ports, so that a restart can bind the same ones. */
    private static int freePortBlock(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (IntStream.range(base, base + count).allMatch(FreePorts::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("No block of " + count + " free ports between 20000 and 40000");
    }
}
