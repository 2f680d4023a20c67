package io.vigil.api.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.AvroJson;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreHandlers.ItemPage;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.quality.QualityRule;
import io.vigil.topology.quality.QualityNames;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Data-quality rules, one per bucket and key prefix: {@code PUT|GET|DELETE /quality/rules/{bucket}?prefix=},
 * {@code GET /quality/rules}. An object is checked by the enabled rule with the longest prefix of its key; a change
 * applies to objects announced after it reaches the reader.
 */
public final class QualityRuleRoutes implements RouteGroup {

    private final StoreQueries queries;
    private final TopicWriter writer;
    private final Serializer<QualityRule> rules;
    private final ObjectMapper json;
    private final Clock clock;

    public QualityRuleRoutes(
            StoreQueries queries, TopicWriter writer, Serializer<QualityRule> rules, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.writer = writer;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/quality/rules", this::list, Scope.READ);
        routes.put("/quality/rules/{bucket}", this::put, Scope.ADMIN);
        routes.get("/quality/rules/{bucket}", this::get, Scope.READ);
        routes.delete("/quality/rules/{bucket}", this::delete, Scope.ADMIN);
    }

    private void put(Context ctx) {
        RuleKey key = RuleKey.of(ctx);
        JsonNode body = JsonBodies.object(ctx, json);
        QualityRuleJson.Parsed parsed = QualityRuleJson.fromJson(body, key.bucket(), key.prefix(), clock.instant());
        if (parsed.rule() == null) {
            ctx.status(400)
                    .json(Map.of(
                            "error",
                            "invalid-quality-rule",
                            "message",
                            "The rule breaks " + parsed.errors().size() + " rule(s)",
                            "fields",
                            parsed.errors()));
            return;
        }
        writer.write(QualityNames.RULES_TOPIC, key.key(), parsed.rule(), rules);
        ctx.status(202).json(new AvroJson().toJson(parsed.rule()));
    }

    private void get(Context ctx) {
        RuleKey key = RuleKey.of(ctx);
        ctx.json(stored(key, ctx).orElseThrow(() -> noRule(key)));
    }

    private void delete(Context ctx) {
        RuleKey key = RuleKey.of(ctx);
        if (stored(key, ctx).isEmpty()) {
            throw noRule(key);
        }
        writer.write(QualityNames.RULES_TOPIC, key.key(), null, rules);
        ctx.status(202).json(Map.of("deleted", key.key()));
    }

    private void list(Context ctx) {
        PageRequest request = PageRequest.parse(
                ctx.queryParam("limit"),
                ctx.queryParam("after"),
                queries.settings().maxPageSize());
        Page page = queries.scan(QualityStores.RULES, request, QueryOptions.from(ctx));
        ctx.json(
                new ItemPage(page.entries().stream().map(entry -> entry.value()).toList(), page.next()));
    }

    private Optional<JsonNode> stored(RuleKey key, Context ctx) {
        try {
            return Optional.of(queries.get(QualityStores.RULES, key.key(), QueryOptions.from(ctx))
                    .value());
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static ApiException noRule(RuleKey key) {
        return ApiException.notFound(
                "No quality rule for bucket " + key.bucket() + " and prefix \"" + key.prefix() + "\"");
    }
}
