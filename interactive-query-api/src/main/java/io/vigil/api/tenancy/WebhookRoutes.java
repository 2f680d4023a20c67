package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.AuthFilter;
import io.vigil.api.auth.ProjectKeys;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.FieldErrors;
import io.vigil.api.json.JsonFields;
import io.vigil.api.query.KeyRange;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.telemetry.TelemetryStores;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.tenancy.Webhook;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A project's webhooks: {@code POST|GET /projects/{project_id}/webhooks} (the signing secret is in the create answer
 * only), {@code GET /webhooks/{webhook_id}}, {@code POST /webhooks/{webhook_id}/disable},
 * {@code GET /webhooks/{webhook_id}/circuit-status} (the endpoint's breaker as of its last delivery attempt) and
 * {@code GET /projects/{project_id}/webhook-deliveries} (the latest attempts of its webhooks, newest first).
 */
public final class WebhookRoutes implements RouteGroup {

    /** Alert types a project's own keys may subscribe to; the others are installation-wide and need the admin key. */
    static final Set<String> PROJECT_EVENT_TYPES = Set.of("telemetry.alert");

    static final Set<String> EVENT_TYPES = Set.of("telemetry.alert", "delivery.alert", "uptime.alert");
    static final int MAX_URL = 2_048;
    private static final int SECRET_BYTES = 32;

    private final TenantDirectory directory;
    private final TenantAccess access;
    private final StoreQueries queries;
    private final TopicWriter writer;
    private final Serializer<Webhook> webhooks;
    private final WebhookTargetCheck targets;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebhookRoutes(
            TenantDirectory directory,
            StoreQueries queries,
            TopicWriter writer,
            Serializer<Webhook> webhooks,
            WebhookTargetCheck targets,
            ObjectMapper json,
            Clock clock) {
        this.directory = directory;
        this.access = new TenantAccess(directory);
        this.queries = queries;
        this.writer = writer;
        this.webhooks = webhooks;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/projects/{project_id}/webhooks", this::create, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.get("/projects/{project_id}/webhooks", this::list, ProjectKeys.WELCOME, Scope.READ);
        routes.get("/webhooks/{webhook_id}", this::get, ProjectKeys.WELCOME, Scope.READ);
        routes.post("/webhooks/{webhook_id}/disable", this::disable, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.get("/webhooks/{webhook_id}/circuit-status", this::circuit, ProjectKeys.WELCOME, Scope.READ);
        routes.get("/projects/{project_id}/webhook-deliveries", this::deliveries, ProjectKeys.WELCOME, Scope.READ);
    }

    private void create(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, Set.of("url", "event_types"), errors);
        String url = TenancyFields.required(fields, "url", MAX_URL);
        List<String> types = eventTypes(ctx, fields);
        FieldErrors.requireNone(errors, 422);
        targets.refusal(target(url)).ifPresent(reason -> {
            throw ApiException.unprocessable("url: " + reason);
        });
        String secret = "whsec_" + Base64.getEncoder().encodeToString(randomBytes());
        Webhook webhook = Webhook.newBuilder()
                .setWebhookId(UUID.randomUUID().toString())
                .setProjectId(projectId)
                .setUrl(url)
                .setSecret(secret)
                .setEventTypes(types)
                .setEnabled(true)
                .setCreatedAt(clock.instant())
                .build();
        String key = TelemetryKeys.scoped(projectId, webhook.getWebhookId());
        writer.write(TelemetryNames.WEBHOOKS_TOPIC, key, webhook, webhooks);
        ObjectNode body = TenancyJson.of(webhook);
        body.put("secret", secret);
        Created.answer(ctx, webhook, () -> directory.get(TenancyStores.WEBHOOKS, key), body, 201);
    }

    private void list(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        ctx.json(Map.of(
                "items", ofProject(projectId).stream().map(TenancyJson::of).toList()));
    }

    private void get(Context ctx) {
        ctx.json(TenancyJson.of(stored(ctx)));
    }

    private void disable(Context ctx) {
        Webhook stored = stored(ctx);
        if (!stored.getEnabled()) {
            ctx.json(TenancyJson.of(stored));
            return;
        }
        Webhook disabled = Webhook.newBuilder(stored)
                .setEnabled(false)
                .setDisabledAt(clock.instant())
                .build();
        String key = TelemetryKeys.scoped(stored.getProjectId(), stored.getWebhookId());
        writer.write(TelemetryNames.WEBHOOKS_TOPIC, key, disabled, webhooks);
        Created.answer(ctx, disabled, () -> directory.get(TenancyStores.WEBHOOKS, key), TenancyJson.of(disabled), 200);
    }

    private void circuit(Context ctx) {
        Webhook webhook = stored(ctx);
        List<StoreEntry> latest = attempts(webhook, new PageRequest(1, null), ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("webhook_id", webhook.getWebhookId());
        body.put("url", webhook.getUrl());
        if (latest.isEmpty()) {
            body.put("state", "CLOSED");
            body.put("as_of", null);
            body.put("last_attempt", null);
        } else {
            JsonNode attempt = latest.get(0).value();
            body.put("state", attempt.path("breaker_state").asText());
            body.put("as_of", attempt.path("attempted_at").asText());
            body.put("last_attempt", attempt);
        }
        ctx.json(body);
    }

    private void deliveries(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        PageRequest page = PageRequest.parse(
                ctx.queryParam("limit"), null, queries.settings().maxPageSize());
        List<JsonNode> items = new ArrayList<>();
        for (Webhook webhook : ofProject(projectId)) {
            attempts(webhook, page, ctx).forEach(entry -> items.add(entry.value()));
        }
        items.sort(Comparator.comparing(
                        (JsonNode item) -> item.path("attempted_at").asText())
                .reversed());
        ctx.json(Map.of("items", items.stream().limit(page.limit()).toList()));
    }

    private List<StoreEntry> attempts(Webhook webhook, PageRequest page, Context ctx) {
        String owner = TelemetryKeys.scoped(webhook.getProjectId(), webhook.getWebhookId());
        Page found = queries.range(
                TelemetryStores.DELIVERIES,
                webhook.getWebhookId(),
                KeyRange.prefix(TelemetryKeys.entriesOf(owner)),
                page,
                QueryOptions.from(ctx));
        return found.entries();
    }

    private List<Webhook> ofProject(String projectId) {
        return directory.ofProject(TenancyStores.WEBHOOKS, projectId, null, Integer.MAX_VALUE, webhook -> true).stream()
                .map(entry -> entry.value)
                .toList();
    }

    private Webhook stored(Context ctx) {
        String webhookId = ctx.pathParam("webhook_id");
        String projectId = access.projectOf(ctx, TenancyStores.WEBHOOKS, webhookId, "webhook");
        return directory
                .get(TenancyStores.WEBHOOKS, projectId, webhookId)
                .orElseThrow(() -> ApiException.notFound("No webhook " + webhookId));
    }

    private List<String> eventTypes(Context ctx, JsonFields fields) {
        List<String> named = fields.texts("event_types");
        if (named == null) {
            return List.of("telemetry.alert");
        }
        boolean installationAdmin =
                AuthFilter.principal(ctx).map(p -> p.isInstallationAdmin()).orElse(false);
        Set<String> types = new LinkedHashSet<>();
        for (String type : named) {
            String normalised = type == null ? "" : type.toLowerCase(Locale.ROOT);
            if (!EVENT_TYPES.contains(normalised)) {
                fields.error(
                        "event_types", "must list only " + String.join(", ", new java.util.TreeSet<>(EVENT_TYPES)));
            } else if (!installationAdmin && !PROJECT_EVENT_TYPES.contains(normalised)) {
                fields.error(
                        "event_types", normalised + " alerts are installation-wide: only the admin key subscribes");
            } else {
                types.add(normalised);
            }
        }
        if (types.isEmpty() && named.isEmpty()) {
            fields.error("event_types", "must name at least one event type");
        }
        return List.copyOf(types);
    }

    private static URI target(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw ApiException.unprocessable("url: must be an absolute http or https URL");
            }
            if (uri.getUserInfo() != null) {
                throw ApiException.unprocessable("url: must not carry credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ApiException.unprocessable("url: is not a URL (" + e.getReason() + ")");
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
