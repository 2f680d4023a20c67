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
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.telemetry.RuleScope;
import io.vigil.schema.telemetry.TelemetryRule;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.telemetry.TelemetryKeys;
import io.vigil.topology.telemetry.TelemetryNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A project's k-of-n rules: {@code POST|GET /projects/{project_id}/rules}, {@code PATCH /rules/{rule_id}} (any
 * subset of the fields; the rule must still be whole), {@code POST /rules/{rule_id}/devices} (assign devices to an
 * EXPLICIT rule, {@code {"device_ids": [...]}}, added to those it has). A change applies from the next event the rule
 * evaluator takes; a change of {@code window_n} starts the rule's windows afresh.
 */
public final class RuleRoutes implements RouteGroup {

    /** Most devices one EXPLICIT rule may name: the rule travels whole to every instance. */
    static final int MAX_ASSIGNED = 10_000;

    private final TenantDirectory directory;
    private final TenantAccess access;
    private final TopicWriter writer;
    private final Serializer<TelemetryRule> rules;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxWindowN;

    public RuleRoutes(
            TenantDirectory directory,
            TopicWriter writer,
            Serializer<TelemetryRule> rules,
            ObjectMapper json,
            Clock clock,
            int maxWindowN) {
        this.directory = directory;
        this.access = new TenantAccess(directory);
        this.writer = writer;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.maxWindowN = maxWindowN;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/projects/{project_id}/rules", this::create, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.get("/projects/{project_id}/rules", this::list, ProjectKeys.WELCOME, Scope.READ);
        routes.get("/rules/{rule_id}", this::get, ProjectKeys.WELCOME, Scope.READ);
        routes.patch("/rules/{rule_id}", this::patch, ProjectKeys.WELCOME, Scope.ADMIN);
        routes.post("/rules/{rule_id}/devices", this::assign, ProjectKeys.WELCOME, Scope.ADMIN);
    }

    private void create(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, RuleDocument.FIELDS, errors);
        Instant now = clock.instant();
        TelemetryRule.Builder rule = TelemetryRule.newBuilder()
                .setRuleId(UUID.randomUUID().toString())
                .setProjectId(projectId)
                .setScope(RuleScope.ALL)
                .setCooldownSeconds(0)
                .setEnabled(true)
                .setRevision(0)
                .setDeviceIds(List.of())
                .setCreatedAt(now)
                .setUpdatedAt(now);
        RuleDocument.apply(fields, rule);
        RuleDocument.check(rule, fields, maxWindowN);
        FieldErrors.requireNone(errors, 422);
        save(ctx, rule.build(), 201);
    }

    private void list(Context ctx) {
        String projectId = access.project(ctx, ctx.pathParam("project_id")).getProjectId();
        ctx.json(Map.of(
                "items",
                directory.ofProject(TenancyStores.RULES, projectId, null, Integer.MAX_VALUE, rule -> true).stream()
                        .map(entry -> TenancyJson.of(entry.value))
                        .toList()));
    }

    private void get(Context ctx) {
        ctx.json(TenancyJson.of(stored(ctx)));
    }

    private void patch(Context ctx) {
        TelemetryRule stored = stored(ctx);
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, RuleDocument.FIELDS, errors);
        TelemetryRule.Builder rule = TelemetryRule.newBuilder(stored);
        RuleDocument.apply(fields, rule);
        RuleDocument.check(rule, fields, maxWindowN);
        FieldErrors.requireNone(errors, 422);
        save(
                ctx,
                rule.setRevision(stored.getRevision() + 1)
                        .setUpdatedAt(clock.instant())
                        .build(),
                200);
    }

    private void assign(Context ctx) {
        TelemetryRule stored = stored(ctx);
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = Bodies.fields(ctx, json, Set.of("device_ids"), errors);
        List<String> named = fields.texts("device_ids");
        if (named == null && errors.isEmpty()) {
            fields.error("device_ids", "is required");
        }
        FieldErrors.requireNone(errors, 422);
        if (stored.getScope() != RuleScope.EXPLICIT) {
            throw ApiException.unprocessable(
                    "Devices are assigned to EXPLICIT rules only; this rule's scope is " + stored.getScope());
        }
        Set<String> assigned = new LinkedHashSet<>(stored.getDeviceIds());
        for (int i = 0; i < named.size(); i++) {
            String deviceId = named.get(i);
            if (deviceId == null
                    || directory
                            .get(TenancyStores.DEVICES, stored.getProjectId(), deviceId)
                            .isEmpty()) {
                fields.error("device_ids[" + i + "]", "is no device of the project");
            } else {
                assigned.add(deviceId);
            }
        }
        if (assigned.size() > MAX_ASSIGNED) {
            fields.error("device_ids", "a rule may name at most " + MAX_ASSIGNED + " devices");
        }
        FieldErrors.requireNone(errors, 422);
        save(
                ctx,
                TelemetryRule.newBuilder(stored)
                        .setDeviceIds(List.copyOf(assigned))
                        .setRevision(stored.getRevision() + 1)
                        .setUpdatedAt(clock.instant())
                        .build(),
                200);
    }

    private TelemetryRule stored(Context ctx) {
        String ruleId = ctx.pathParam("rule_id");
        String projectId = access.projectOf(ctx, TenancyStores.RULES, ruleId, "rule");
        return directory
                .get(TenancyStores.RULES, projectId, ruleId)
                .orElseThrow(() -> ApiException.notFound("No rule " + ruleId));
    }

    private void save(Context ctx, TelemetryRule rule, int status) {
        String key = TelemetryKeys.scoped(rule.getProjectId(), rule.getRuleId());
        writer.write(TelemetryNames.RULES_TOPIC, key, rule, rules);
        Created.answer(ctx, rule, () -> directory.get(TenancyStores.RULES, key), TenancyJson.of(rule), status);
    }
}
