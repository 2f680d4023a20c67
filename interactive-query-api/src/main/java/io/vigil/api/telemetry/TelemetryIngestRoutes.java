package io.vigil.api.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ApiPrincipal;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.tenancy.DeviceIds;
import io.vigil.api.tenancy.TenancyStores;
import io.vigil.api.tenancy.TenantDirectory;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.time.EpochMicros;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code POST /telemetry} with a project key of scope {@code ingest}: one device's batch of events, checked whole,
 * written as one record (so it is in Kafka whole or not at all) and answered 202 only once Kafka has acknowledged it
 * (acks=all). The device must be registered in the key's project (422 otherwise).
 */
public final class TelemetryIngestRoutes implements RouteGroup {

    public static final String PATH = "/telemetry";
    private static final ByteArraySerializer RAW = new ByteArraySerializer();

    private final TenantDirectory directory;
    private final TopicWriter writer;
    private final AvroSerde<TelemetryBatch> batches;
    private final TelemetryBatchReader reader;
    private final Clock clock;

    public TelemetryIngestRoutes(
            TenantDirectory directory,
            TopicWriter writer,
            AvroSerde<TelemetryBatch> batches,
            TelemetryLimits limits,
            ObjectMapper json,
            Clock clock) {
        this.directory = directory;
        this.writer = writer;
        this.batches = batches;
        this.reader = new TelemetryBatchReader(json.getFactory(), limits.maxBatchEvents(), limits.maxFutureEvent());
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(PATH, this::ingest, ProjectKeys.WELCOME, Scope.INGEST);
    }

    private void ingest(Context ctx) {
        ApiPrincipal principal = AuthFilter.principal(ctx).orElseThrow();
        String projectId = principal
                .tenant()
                .orElseThrow(() -> ApiException.forbidden("Telemetry is sent with a project's API key"));
        Instant now = clock.instant();
        TelemetryBatchReader.Read read = reader.read(ctx.bodyAsBytes(), now);
        String deviceId = DeviceIds.of(projectId, read.externalId());
        if (directory.get(TenancyStores.DEVICES, projectId, deviceId).isEmpty()) {
            throw ApiException.unprocessable("device_external_id: the project has no device "
                    + io.vigil.api.json.JsonFields.quote(read.externalId()) + "; register it first");
        }
        String batchId = UUID.randomUUID().toString();
        byte[] batch = read.events()
                .batch(batches.header(TelemetryNames.EVENTS_TOPIC), batchId, projectId, deviceId, EpochMicros.of(now));
        writer.write(TelemetryNames.EVENTS_TOPIC, TelemetryKeys.scoped(projectId, deviceId), batch, RAW);
        ctx.status(202)
                .json(Map.of(
                        "batch_id",
                        batchId,
                        "device_id",
                        deviceId,
                        "accepted",
                        read.events().count()));
    }
}
