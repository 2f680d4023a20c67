package io.vigil.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.auth.ApiKeyAuthenticator;
import io.vigil.api.breaker.BreakerRoutes;
import io.vigil.api.breaker.ReaderBreakerControl;
import io.vigil.api.buckets.BucketRoutes;
import io.vigil.api.delivery.BacktestRoutes;
import io.vigil.api.delivery.CalendarRoutes;
import io.vigil.api.delivery.DeliveryStores;
import io.vigil.api.delivery.ExpectationRoutes;
import io.vigil.api.delivery.StreamCommandRoutes;
import io.vigil.api.delivery.StreamStateRoutes;
import io.vigil.api.ingest.IngestRoutes;
import io.vigil.api.quality.QualityResultRoutes;
import io.vigil.api.quality.QualityRuleRoutes;
import io.vigil.api.quality.QualityStores;
import io.vigil.api.query.InternalStoreRoutes;
import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.registry.SchemaRegistryRoutes;
import io.vigil.api.sensor.SensorFileListRoute;
import io.vigil.api.sensor.SensorFileQueries;
import io.vigil.api.sensor.SensorFileRoutes;
import io.vigil.api.sensor.SensorStatsRoutes;
import io.vigil.api.sensor.SensorStores;
import io.vigil.api.sensor.SensorUploadRoutes;
import io.vigil.api.sensor.SensorUploadSettings;
import io.vigil.api.telemetry.TelemetryAlertRoutes;
import io.vigil.api.telemetry.TelemetryIngestRoutes;
import io.vigil.api.telemetry.TelemetryLimits;
import io.vigil.api.telemetry.TelemetryReadRoutes;
import io.vigil.api.telemetry.TelemetryStores;
import io.vigil.api.tenancy.ApiKeyRoutes;
import io.vigil.api.tenancy.DeviceRoutes;
import io.vigil.api.tenancy.OrgRoutes;
import io.vigil.api.tenancy.RuleRoutes;
import io.vigil.api.tenancy.TenantAccess;
import io.vigil.api.tenancy.TenantDirectory;
import io.vigil.api.tenancy.WebhookRoutes;
import io.vigil.api.tenancy.WebhookTargetCheck;
import io.vigil.api.ui.UiRoutes;
import io.vigil.api.uptime.StoreAlertRoutes;
import io.vigil.api.uptime.UptimeApiStores;
import io.vigil.api.uptime.UptimeReadRoutes;
import io.vigil.api.uptime.UptimeWriteRoutes;
import io.vigil.api.uptime.report.ReportRoutes;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.quality.QualityRule;
import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileUploaded;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportStatus;
import io.vigil.topology.telemetry.TelemetrySerdes;
import io.vigil.topology.uptime.UptimeSerdes;
import io.vigil.topology.uptime.UptimeSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every route group of a Vigil instance, and the stores other instances may forward queries for: the one list the
 * running application and the OpenAPI document test both use.
 */
public final class ApiRoutes {

    private ApiRoutes() {}

    /**
     * @param historyRetention how far back the delivery backtest may reach
     * @param breaker the S3 object reader's breaker, empty when this instance runs no reader
     * @param s3 the client of the sensor bucket, for file uploads
     * @param sensorUploads where and how file uploads are stored
     * @param uptime the uptime rules the writes check and the live figures follow
     * @param authenticator checks the keys the web UI's login form and cookie present
     * @param telemetry what the telemetry routes accept
     * @param webhookTargets refuses webhook URLs the webhook sender would not deliver to
     */
    public static List<RouteGroup> all(
            StoreQueries queries,
            TopicWriter writer,
            SchemaRegistry registry,
            Duration historyRetention,
            Optional<ReaderBreakerControl> breaker,
            S3Client s3,
            SensorUploadSettings sensorUploads,
            UptimeSettings uptime,
            ApiKeyAuthenticator authenticator,
            TelemetryLimits telemetry,
            WebhookTargetCheck webhookTargets) {
        ObjectMapper json = ApiJson.newMapper();
        // to the microsecond, as Avro timestamps keep it, so that an entity read back equals the one written
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        List<QueryableStore<?, ?>> stores = new ArrayList<>(List.of(BucketRoutes.STORE));
        stores.addAll(DeliveryStores.ALL);
        stores.addAll(QualityStores.ALL);
        stores.addAll(SensorStores.ALL);
        stores.addAll(UptimeApiStores.ALL);
        stores.addAll(ReportRoutes.STORES);
        stores.addAll(TelemetryStores.ALL);
        SensorFileQueries sensorFiles = new SensorFileQueries(queries);
        TenantDirectory tenants = new TenantDirectory(queries);
        TelemetrySerdes telemetrySerdes = TelemetrySerdes.of(registry);
        return List.of(
                new BucketRoutes(queries),
                new IngestRoutes(writer, AvroSerde.of(S3ObjectEvent.class, registry)),
                new ExpectationRoutes(queries, writer, AvroSerde.of(Expectation.class, registry), json, clock),
                new StreamStateRoutes(queries),
                new StreamCommandRoutes(queries, writer, AvroSerde.of(DeliveryCommand.class, registry), json, clock),
                new BacktestRoutes(queries, json, clock, historyRetention),
                new CalendarRoutes(queries, writer, AvroSerde.of(DeliveryCalendar.class, registry), json, clock),
                new QualityRuleRoutes(queries, writer, AvroSerde.of(QualityRule.class, registry), json, clock),
                new QualityResultRoutes(queries, clock),
                new BreakerRoutes(breaker),
                new SensorUploadRoutes(
                        s3,
                        sensorUploads,
                        writer,
                        AvroSerde.of(SensorFileUploaded.class, registry),
                        AvroSerde.of(S3ObjectEvent.class, registry),
                        clock),
                new SensorFileListRoute(sensorFiles),
                new SensorFileRoutes(sensorFiles),
                new UiRoutes(sensorFiles, authenticator, sensorUploads.maxUploadBytes()),
                new SensorStatsRoutes(queries, clock),
                new UptimeWriteRoutes(writer, UptimeSerdes.of(registry), uptime, clock, json),
                new UptimeReadRoutes(queries, uptime, clock),
                new StoreAlertRoutes(queries),
                new ReportRoutes(
                        queries,
                        writer,
                        AvroSerde.of(ReportRequest.class, registry),
                        AvroSerde.of(ReportStatus.class, registry),
                        s3,
                        sensorUploads.bucket(),
                        json,
                        clock),
                new OrgRoutes(
                        tenants,
                        writer,
                        telemetrySerdes.orgs().serializer(),
                        telemetrySerdes.projects().serializer(),
                        json,
                        clock),
                new ApiKeyRoutes(tenants, writer, telemetrySerdes.apiKeys().serializer(), json, clock),
                new DeviceRoutes(
                        tenants,
                        writer,
                        telemetrySerdes.devices().serializer(),
                        json,
                        clock,
                        queries.settings().maxPageSize()),
                new RuleRoutes(
                        tenants, writer, telemetrySerdes.rules().serializer(), json, clock, telemetry.maxWindowN()),
                new WebhookRoutes(
                        tenants, queries, writer, telemetrySerdes.webhooks().serializer(), webhookTargets, json, clock),
                new TelemetryIngestRoutes(tenants, writer, telemetrySerdes.batches(), telemetry, json, clock),
                new TelemetryReadRoutes(queries, new TenantAccess(tenants), telemetrySerdes.batches()),
                new TelemetryAlertRoutes(queries, new TenantAccess(tenants)),
                new InternalStoreRoutes(
                        queries,
                        stores,
                        TelemetryStores.ALL.stream().map(QueryableStore::name).collect(Collectors.toSet())),
                new SchemaRegistryRoutes(registry));
    }
}
