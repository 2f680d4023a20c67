package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.api.query.PageRequest;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.errors.ErrorCodes;
import io.vigil.schema.tenancy.Device;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;

/**
 * A project's devices: {@code POST /projects/{project_id}/devices} registers one by its external id (409 when the
 * project already has it), {@code GET} lists them a page at a time ({@code limit}, {@code after}).
 */
public final class DeviceRoutes implements RouteGroup {

    static final int MAX_TAGS = 32;
    static final int MAX_TAG = 64;

    private final TenantDirectory directory;
    private final TenantAccess access;
    private final TopicWriter writer;
    private final Serializer<Device> devices;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxPage;

    public DeviceRoutes(
            TenantDirectory directory,
            TopicWriter writer,
            Serializer<Device> devices,
            ObjectMapper json,
            Clock clock,
            int maxPage) {
        this.directory = directory;
        this.access = new TenantAccess(directory);
        this.writer = writer;
        this.devices = devices;
        this.json = json;
        this.clock = clock;
        this.maxPage = maxPage;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/projects/{project_id}/devices", this::register, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.get("/projects/{project_id}/devices", this::list, ProjectKeys.WELCOME, Scope.READ);
    }

    private void register(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, Set.of("external_id", "name", "tags"), errors);
        String externalId = TenancyFields.required(fields, "external_id", TenancyFields.MAX_ID);
        String name = TenancyFields.optional(fields, "name", TenancyFields.MAX_NAME);
        List<String> tags = tags(fields);
        FieldErrors.requireNone(errors, 422);

        String deviceId = DeviceIds.of(projectId, externalId);
        directory.get(TenancyStores.DEVICES, projectId, deviceId).ifPresent(existing -> {
            throw new ApiException(
                    409,
                    ErrorCodes.forStatus(409),
                    "The project already has a device with external id " + externalId + ": " + deviceId,
                    Map.of());
        });
        Device device = Device.newBuilder()
                .setDeviceId(deviceId)
                .setProjectId(projectId)
                .setExternalId(externalId)
                .setName(name)
                .setTags(tags)
                .setCreatedAt(clock.instant())
                .build();
        String key = TelemetryKeys.scoped(projectId, deviceId);
        writer.write(TelemetryNames.DEVICES_TOPIC, key, device, devices);
        Created.answer(ctx, device, () -> directory.get(TenancyStores.DEVICES, key));
    }

    private void list(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        PageRequest page = PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("after"), maxPage);
        String after = page.after() == null ? null : TelemetryKeys.scoped(projectId, page.after());
        List<KeyValue<String, Device>> found =
                directory.ofProject(TenancyStores.DEVICES, projectId, after, page.limit() + 1, device -> true);
        boolean more = found.size() > page.limit();
        List<Device> shown =
                found.stream().limit(page.limit()).map(entry -> entry.value).toList();
        String next = more ? shown.get(shown.size() - 1).getDeviceId() : null;
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("items", shown.stream().map(TenancyJson::of).toList());
        body.put("next", next);
        ctx.json(body);
    }

    private static List<String> tags(JsonFields fields) {
        List<String> tags = fields.texts("tags");
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            fields.error("tags", "must hold at most " + MAX_TAGS + " tags");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String tag : tags) {
            String problem = tag == null ? "must be strings" : TenancyFields.problem(tag, MAX_TAG);
            if (problem != null) {
                fields.error("tags", problem);
            } else {
                distinct.add(tag);
            }
        }
        return List.copyOf(distinct);
    }
}
