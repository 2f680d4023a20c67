package io.vigil.app.runtime;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigil.api.ApiRoutes;
import io.vigil.api.ApiServer;
import io.vigil.api.ApiSettings;
import io.vigil.api.ConnectionLimits;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.AdminKeyAuthenticator;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.auth.FirstMatchAuthenticator;
import io.vigil.api.breaker.ReaderBreakerControl;
import io.vigil.api.health.BrokerReachableCheck;
import io.vigil.api.health.StreamsRunningCheck;
import io.vigil.api.metrics.ProcessMeters;
import io.vigil.api.query.QuerySettings;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.sensor.SensorUploadSettings;
import io.vigil.api.telemetry.TelemetryLimits;
import io.vigil.api.tenancy.ProjectKeyAuthenticator;
import io.vigil.api.tenancy.TenancyStores;
import io.vigil.api.tenancy.TenantDirectory;
import io.vigil.api.write.TopicWriter;
import io.vigil.app.uptime.report.S3ReportObjects;
import io.vigil.config.VigilConfig;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.topology.StreamsSettings;
import io.vigil.topology.TopicProvisioner;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopology;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.metrics.DomainMeters;
import io.vigil.topology.rocksdb.SharedRocksDbMemory;
import io.vigil.topology.uptime.UptimeSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One running Vigil instance: topics provisioned, the topology running in Kafka Streams, the S3 object reader, the
 * webhook sender and the API serving them.
 * Closing it stops the API first (no new queries), then Streams, then what they used.
 */
public final class VigilRuntime implements AutoCloseable {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final Resources resources;
    private final KafkaStreams streams;
    private final ApiServer api;
    private final List<Runnable> onFailure = new CopyOnWriteArrayList<>();
    private volatile boolean failed;

    private VigilRuntime(Resources resources, KafkaStreams streams, ApiServer api) {
        this.resources = resources;
        this.streams = streams;
        this.api = api;
    }

    /** Runs {@code action} if Kafka Streams shuts down on a failure (see {@link StreamThreadFailures}). */
    public void whenFailed(Runnable action) {
        onFailure.add(action);
    }

    /** Whether Kafka Streams shut down on a failure: the process should exit for its supervisor to restart it. */
    public boolean failed() {
        return failed;
    }

    /**
     * Provisions topics, starts the topology and the API.
     *
     * @param config validated configuration; {@code vigil.http.port} must be a concrete port, because other
     *     instances learn it through Kafka Streams before the API binds
     */
    public static VigilRuntime start(VigilConfig config, SchemaRegistry registry) {
        String adminKey = config.adminApiKey()
                .orElseThrow(() -> new ConfigException(VigilConfig.ADMIN_API_KEY_CONFIG + " must be set"))
                .value();
        if (config.httpPort() == 0) {
            throw new ConfigException(VigilConfig.HTTP_PORT_CONFIG, 0, "must be a fixed port for a running instance");
        }
        Resources resources = new Resources();
        try {
            resources.add(registry);
            Admin admin = resources.add(Admin.create(adminSettings(config)));
            new TopicProvisioner(admin, ADMIN_TIMEOUT)
                    .provision(VigilTopics.from(config).all());
            VigilSchemas.registerAll(registry, config.applicationId());

            SharedRocksDbMemory rocksDb = resources.add(
                    new SharedRocksDbMemory(config.rocksDbBlockCacheBytes(), config.rocksDbWriteBufferBytes()));
            PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            resources.add(meters::close);
            Properties streamsProps = StreamsSettings.of(config, config.httpPort(), rocksDb);
            streamsProps.put(DomainMeters.REGISTRY_CONFIG, meters);
            S3Client s3 = resources.add(ObjectReaderRuntime.s3Settings(config).client());
            KafkaStreams streams = new KafkaStreams(
                    VigilTopology.build(registry, config, streamsProps, new S3ReportObjects(s3, config.sensorBucket())),
                    streamsProps);
            // Leaving the group on close lets a restarted or remaining instance take over at once instead of after the
            // session timeout.
            resources.add(() -> streams.close(
                    CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                            .withTimeout(Duration.ofSeconds(30))));
            streams.setUncaughtExceptionHandler(
                    new StreamThreadFailures(Clock.systemUTC(), StreamThreadFailures.WINDOW));

            resources.add(new ProcessMeters(meters, streams));
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            StoreQueries queries = new StoreQueries(
                    streams,
                    new HostInfo(config.advertisedHost(), config.httpPort()),
                    http,
                    QuerySettings.defaults(),
                    meters);
            Producer<String, byte[]> producer = resources.add(
                    new KafkaProducer<>(producerSettings(config), new StringSerializer(), new ByteArraySerializer()));
            resources
                    .add(new KafkaClientMetrics(
                            producer, Tags.empty(), ProcessMeters.kafkaMetricsScheduler(), ProcessMeters.KAFKA_REFRESH))
                    .bindTo(meters);
            Optional<ReaderBreakerControl> breaker = config.readerEnabled()
                    ? Optional.of(resources.add(ObjectReaderRuntime.start(config, registry, producer, meters)))
                    : Optional.empty();
            if (config.webhooksEnabled()) {
                resources.add(WebhookRuntime.start(config, registry, producer, meters));
            }
            TenantDirectory tenants = new TenantDirectory(queries);
            ApiKeyAuthenticator authenticator = new FirstMatchAuthenticator(List.of(
                    new AdminKeyAuthenticator(adminKey),
                    new ProjectKeyAuthenticator(prefix -> tenants.get(TenancyStores.API_KEYS, prefix))));
            List<RouteGroup> routes = ApiRoutes.all(
                    queries,
                    new TopicWriter(producer, WRITE_TIMEOUT),
                    registry,
                    config.deliveryHistoryRetention(),
                    breaker,
                    s3,
                    SensorUploadSettings.from(config),
                    UptimeSettings.from(config),
                    authenticator,
                    TelemetryLimits.from(config),
                    WebhookRuntime.targetGuard(config)::refusal);
            ApiServer api = new ApiServer(
                    new ApiSettings(
                            config.httpHost(),
                            config.httpPort(),
                            config.maxRequestBytes(),
                            config.apiRatePerKey(),
                            config.apiRatePerIp(),
                            new ConnectionLimits(
                                    config.httpIdleTimeout(),
                                    config.httpHeaderTimeout(),
                                    config.httpMinRequestDataRate())),
                    routes,
                    authenticator,
                    List.of(new StreamsRunningCheck(streams), new BrokerReachableCheck(admin, READINESS_TIMEOUT)),
                    meters);
            VigilRuntime runtime = new VigilRuntime(resources, streams, api);
            streams.setStateListener((state, previous) -> {
                if (state == KafkaStreams.State.ERROR) {
                    runtime.failed = true;
                    runtime.onFailure.forEach(Runnable::run);
                }
            });
            streams.start();
            resources.add(api.start());
            return runtime;
        } catch (RuntimeException e) {
            try {
                resources.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Writes are answered only once durable: acks=all, idempotent, so a retried send cannot duplicate. */
    private static Map<String, Object> producerSettings(VigilConfig config) {
        Map<String, Object> settings = new java.util.HashMap<>(config.clientSettings(VigilConfig.PRODUCER_PREFIX));
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) WRITE_TIMEOUT.toMillis());
        settings.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WRITE_TIMEOUT.toMillis() / 2);
        settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        return settings;
    }

    private static Map<String, Object> adminSettings(VigilConfig config) {
        Map<String, Object> settings = new java.util.HashMap<>(config.clientSettings(VigilConfig.ADMIN_CLIENT_PREFIX));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        settings.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return settings;
    }

    /** Whether this instance's delivery state holds {@code clientId/streamId} (false while the store is not ready). */
    public boolean holdsStream(String streamKey) {
        try {
            ReadOnlyKeyValueStore<String, ?> states = streams.store(StoreQueryParameters.fromNameAndType(
                    DeliveryNames.STREAM_STATE_STORE, QueryableStoreTypes.<String, Object>keyValueStore()));
            return states.get(streamKey) != null;
        } catch (InvalidStateStoreException notReadyYet) {
            return false;
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    public int httpPort() {
        return api.port();
    }

    @Override
    public void close() {
        resources.close();
    }
}
