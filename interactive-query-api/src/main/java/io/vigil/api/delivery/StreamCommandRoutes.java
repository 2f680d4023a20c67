package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.delivery.DeliveryAction;
import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.topology.delivery.DeliveryNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Operators' actions: {@code POST /streams/{client}/{stream}/ack|snooze|unsnooze} and {@code POST /sweeper/run}. Each
 * is a command on {@value DeliveryNames#COMMANDS_TOPIC}, keyed like the stream's state, so it is applied in order with
 * everything else that stream receives.
 */
public final class StreamCommandRoutes implements RouteGroup {

    static final Duration MAX_SNOOZE = Duration.ofDays(90);

    private final StoreQueries queries;
    private final TopicWriter writer;
    private final Serializer<DeliveryCommand> commands;
    private final ObjectMapper json;
    private final Clock clock;

    public StreamCommandRoutes(
            StoreQueries queries,
            TopicWriter writer,
            Serializer<DeliveryCommand> commands,
            ObjectMapper json,
            Clock clock) {
        this.queries = queries;
        this.writer = writer;
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/streams/{client}/{stream}/ack", ctx -> command(ctx, DeliveryAction.ack), Scope.ADMIN);
        routes.post("/streams/{client}/{stream}/snooze", ctx -> command(ctx, DeliveryAction.snooze), Scope.ADMIN);
        routes.post("/streams/{client}/{stream}/unsnooze", ctx -> command(ctx, DeliveryAction.unsnooze), Scope.ADMIN);
        routes.post("/sweeper/run", this::sweep, Scope.ADMIN);
    }

    private void command(Context ctx, DeliveryAction action) {
        StreamPath path = StreamPath.of(ctx);
        Instant now = clock.instant();
        JsonNode body = JsonBodies.optionalObject(ctx, json);
        DeliveryCommand command = DeliveryCommand.newBuilder()
                .setAction(action)
                .setIssuedAt(now)
                .setEpisodeId(action == DeliveryAction.ack ? text(body, "episode_id") : null)
                .setSnoozeUntil(action == DeliveryAction.snooze ? snoozeUntil(body, now) : null)
                .build();
        // 404 for a stream that does not exist, rather than a command the topology would drop.
        queries.get(DeliveryStores.STATES, path.key(), QueryOptions.from(ctx));
        writer.write(DeliveryNames.COMMANDS_TOPIC, path.key(), command, commands);
        ctx.status(202).json(Map.of("stream", path.key(), "action", action.name()));
    }

    private void sweep(Context ctx) {
        DeliveryCommand command = DeliveryCommand.newBuilder()
                .setAction(DeliveryAction.sweep)
                .setIssuedAt(clock.instant())
                .build();
        int partitions = writer.writeToEveryPartition(
                DeliveryNames.COMMANDS_TOPIC, DeliveryNames.ALL_STREAMS_KEY, command, commands);
        ctx.status(202).json(Map.of("action", "sweep", "partitions", partitions));
    }

    private static Instant snoozeUntil(JsonNode body, Instant now) {
        String until = text(body, "until");
        if (until == null) {
            throw ApiException.badRequest("snooze needs {\"until\": \"<ISO-8601 instant>\"}");
        }
        Instant instant;
        try {
            instant = Instant.parse(until);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("until: not an ISO-8601 instant such as 2026-11-23T18:00:00Z");
        }
        if (!instant.isAfter(now) || instant.isAfter(now.plus(MAX_SNOOZE))) {
            throw ApiException.badRequest(
                    "until must be in the future and at most " + MAX_SNOOZE.toDays() + " days away");
        }
        return instant;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > 512) {
            throw ApiException.badRequest(field + " must be a string of at most 512 characters");
        }
        return value.asText();
    }
}
