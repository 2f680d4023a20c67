package io.vigil.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreQueries;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.delivery.ArrivalHistory;
import io.vigil.topology.delivery.backtest.BacktestResult;
import io.vigil.topology.delivery.backtest.Backtests;
import io.vigil.topology.delivery.timeline.Episode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /expectations/backtest}: the episodes an expectation that is not saved would have had over a past period
 * of the recorded arrivals of its bucket (kept for {@code vigil.delivery.arrival.history.days}), computed by the same
 * matching, cadence and replay code as the live path.
 */
public final class BacktestRoutes implements RouteGroup {

    static final int MAX_ARRIVALS = 100_000;

    private final StoreQueries queries;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration retention;

    public BacktestRoutes(StoreQueries queries, ObjectMapper json, Clock clock, Duration retention) {
        this.queries = queries;
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/expectations/backtest", this::backtest, Scope.READ, Scope.ADMIN);
    }

    private void backtest(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, json);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant from = instant(body, "from");
        Instant to = body.hasNonNull("to") ? instant(body, "to") : now;
        if (!from.isBefore(to) || to.isAfter(now) || from.isBefore(now.minus(retention))) {
            throw ApiException.badRequest("from must be before to, to not in the future, and from within the "
                    + retention.toDays() + " days of arrival history");
        }
        Expectation expectation;
        try {
            expectation = ExpectationJson.fromJson(body.path("expectation"), null, null, now);
        } catch (ExpectationJson.Invalid invalid) {
            ctx.status(400)
                    .json(new ExpectationRoutes.InvalidExpectation(
                            "invalid-expectation",
                            "The expectation breaks " + invalid.errors().size() + " rule(s)",
                            invalid.errors()));
            return;
        }
        List<S3ObjectEvent> objects = recorded(ctx, expectation.getBucket(), from, to);
        BacktestResult result = Backtests.run(expectation, skipDates(expectation), objects, from, to);
        ctx.json(answer(from, to, result));
    }

    /** The bucket's recorded objects in [from, to), read page by page from every instance in key (time) order. */
    private List<S3ObjectEvent> recorded(Context ctx, String bucket, Instant from, Instant to) {
        String end = ArrivalHistory.start(bucket, to);
        String prefix = bucket + "/";
        List<S3ObjectEvent> objects = new ArrayList<>();
        String after = ArrivalHistory.start(bucket, from);
        while (after != null) {
            Page page = queries.scan(
                    DeliveryStores.ARRIVAL_HISTORY,
                    new PageRequest(queries.settings().maxPageSize(), after),
                    QueryOptions.from(ctx));
            after = page.next();
            for (StoreEntry entry : page.entries()) {
                if (!entry.key().startsWith(prefix) || entry.key().compareTo(end) >= 0) {
                    return objects;
                }
                if (objects.size() == MAX_ARRIVALS) {
                    throw ApiException.badRequest("More than " + MAX_ARRIVALS + " objects in the period; shorten it");
                }
                objects.add(object(entry.value()));
            }
        }
        return objects;
    }

    private Set<LocalDate> skipDates(Expectation expectation) {
        if (expectation.getSkipCalendar() == null) {
            return Set.of();
        }
        try {
            JsonNode calendar = queries.getGlobal(CalendarRoutes.STORE, expectation.getSkipCalendar())
                    .value();
            Set<LocalDate> dates = new HashSet<>();
            calendar.path("dates").forEach(date -> dates.add(LocalDate.parse(date.asText())));
            return dates;
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw e;
        }
    }

    private ObjectNode answer(Instant from, Instant to, BacktestResult result) {
        ObjectNode answer = json.createObjectNode();
        answer.put("from", from.toString());
        answer.put("to", to.toString());
        answer.put("candidates", result.candidates());
        answer.put("qualified", result.qualified());
        answer.put("due_at_end", result.timeline().dueAt().toString());
        ArrayNode episodes = answer.putArray("episodes");
        for (Episode episode : result.timeline().episodes()) {
            ObjectNode item = episodes.addObject();
            item.put("due_at", episode.dueAt().toString());
            item.put("overdue_at", episode.overdueAt().toString());
            item.put("resolved_at", episode.resolvedAt().map(Instant::toString).orElse(null));
            item.put("resolved_by_key", episode.resolvedByKey().orElse(null));
            item.put(
                    "minutes_overdue",
                    Duration.between(episode.overdueAt(), episode.resolvedAt().orElse(to))
                            .toMinutes());
        }
        return answer;
    }

    /** An object back from its JSON form in the history store. */
    private static S3ObjectEvent object(JsonNode value) {
        return S3ObjectEvent.newBuilder()
                .setBucket(value.path("bucket").asText())
                .setKey(value.path("key").asText())
                .setSize(value.path("size").asLong())
                .setEtag(value.hasNonNull("etag") ? value.get("etag").asText() : null)
                .setEventName(value.path("eventName").asText())
                .setEventTime(Instant.parse(value.path("eventTime").asText()))
                .setSource(S3EventSource.OTHER)
                .build();
    }

    private static Instant instant(JsonNode body, String field) {
        try {
            return Instant.parse(body.path(field).asText());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + " must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }
}
