package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreHandlers.ItemPage;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.delivery.Expectation;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.delivery.expectation.FieldError;
import io.vigil.topology.delivery.expectation.StreamKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Expectation CRUD. Writes go to the compacted {@value DeliveryNames#EXPECTATIONS_TOPIC} and answer 202 with what was
 * written; the stream's state is recomputed from it at once. Reads come from the stream-state store, so they show
 * what the topology is acting on. A body that breaks any rule is a 400 listing every field at fault.
 */
public final class ExpectationRoutes implements RouteGroup {

    private final StoreQueries queries;
    private final TopicWriter writer;
    private final Serializer<Expectation> expectations;
    private final ObjectMapper json;
    private final Clock clock;

    public ExpectationRoutes(
            StoreQueries queries,
            TopicWriter writer,
            Serializer<Expectation> expectations,
            ObjectMapper json,
            Clock clock) {
        this.queries = queries;
        this.writer = writer;
        this.expectations = expectations;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/expectations", ctx -> save(ctx, null), Scope.ADMIN);
        routes.get("/expectations", this::list, Scope.READ);
        routes.put("/expectations/{client}/{stream}", ctx -> save(ctx, StreamPath.of(ctx)), Scope.ADMIN);
        routes.get("/expectations/{client}/{stream}", this::get, Scope.READ);
        routes.delete("/expectations/{client}/{stream}", this::delete, Scope.ADMIN);
    }

    private void save(Context ctx, StreamPath path) {
        JsonNode body = JsonBodies.object(ctx, json);
        Expectation expectation;
        try {
            expectation = ExpectationJson.fromJson(
                    body,
                    path == null ? null : path.clientId(),
                    path == null ? null : path.streamId(),
                    clock.instant());
        } catch (ExpectationJson.Invalid invalid) {
            ctx.status(400)
                    .json(Map.of(
                            "error",
                            "invalid-expectation",
                            "message",
                            "The expectation breaks " + invalid.errors().size() + " rule(s)",
                            "fields",
                            invalid.errors()));
            return;
        }
        String key = StreamKeys.of(expectation.getClientId(), expectation.getStreamId());
        // An update keeps the creation time: it is where monitoring starts when active_from is not given.
        stored(key, ctx)
                .ifPresent(existing -> expectation.setCreatedAt(
                        Instant.parse(existing.path("created_at").asText())));
        writer.write(DeliveryNames.EXPECTATIONS_TOPIC, key, expectation, expectations);
        ctx.status(202).json(ExpectationJson.toJson(expectation, json));
    }

    private void get(Context ctx) {
        StreamPath path = StreamPath.of(ctx);
        ctx.json(stored(path.key(), ctx).orElseThrow(() -> ApiException.notFound("No expectation for " + path.key())));
    }

    private void list(Context ctx) {
        PageRequest request = PageRequest.parse(
                ctx.queryParam("limit"),
                ctx.queryParam("after"),
                queries.settings().maxPageSize());
        Page page = queries.scan(DeliveryStores.STATES, request, QueryOptions.from(ctx));
        List<JsonNode> items = page.entries().stream()
                .map(entry -> (JsonNode) withoutNulls(entry.value().path("expectation")))
                .toList();
        ctx.json(new ItemPage(items, page.next()));
    }

    private void delete(Context ctx) {
        StreamPath path = StreamPath.of(ctx);
        if (stored(path.key(), ctx).isEmpty()) {
            throw ApiException.notFound("No expectation for " + path.key());
        }
        writer.write(DeliveryNames.EXPECTATIONS_TOPIC, path.key(), null, expectations);
        ctx.status(202).json(Map.of("deleted", path.key()));
    }

    /** The stored expectation of {@code key} as JSON, or empty when there is none. */
    private Optional<ObjectNode> stored(String key, Context ctx) {
        try {
            JsonNode state = queries.get(DeliveryStores.STATES, key, QueryOptions.from(ctx))
                    .value();
            return Optional.of(withoutNulls(state.path("expectation")));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The 400 body: the usual error and message, and every field at fault. */
    record InvalidExpectation(String error, String message, List<FieldError> fields) {}

    static ObjectNode withoutNulls(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = copy.fields();
        while (fields.hasNext()) {
            if (fields.next().getValue().isNull()) {
                fields.remove();
            }
        }
        return copy;
    }
}
