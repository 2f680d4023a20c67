package io.vigil.api.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.query.Page;
import io.vigil.api.query.PageRequest;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreEntry;
import io.vigil.api.query.StoreQueries;
import io.vigil.topology.delivery.expectation.BucketNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the checks found: {@code GET /quality/objects/{bucket}/{key}} (the latest result of one object) and
 * {@code GET /quality/summary} (pass rates per bucket and rule prefix, hour by hour, over a period).
 */
public final class QualityResultRoutes implements RouteGroup {

    static final Duration DEFAULT_PERIOD = Duration.ofHours(24);
    /** Summary rows read at most per request; the answer says when the period held more. */
    static final int MAX_SUMMARY_ROWS = 10_000;

    private final StoreQueries queries;
    private final Clock clock;

    public QualityResultRoutes(StoreQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/quality/objects/{bucket}/<key>", this::object, Scope.READ);
        routes.get("/quality/summary", this::summary, Scope.READ);
    }

    private void object(Context ctx) {
        String key = ctx.pathParam("bucket") + "/" + ctx.pathParam("key");
        ctx.json(queries.get(QualityStores.RESULTS, key, QueryOptions.from(ctx)).value());
    }

    private void summary(Context ctx) {
        String bucket = ctx.queryParam("bucket");
        if (bucket != null) {
            BucketNames.problem(bucket).ifPresent(problem -> {
                throw ApiException.badRequest("bucket: " + problem);
            });
        }
        String prefix = ctx.queryParam("prefix");
        Instant to = instant(ctx, "to", clock.instant());
        Instant from = instant(ctx, "from", to.minus(DEFAULT_PERIOD));
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("from must be before to");
        }
        SummaryTable table = new SummaryTable(from, to);
        String start = bucket == null ? null : bucket + "/";
        String after = start;
        int read = 0;
        boolean more = true;
        while (more && read < MAX_SUMMARY_ROWS) {
            Page page = queries.scan(
                    QualityStores.SUMMARY,
                    new PageRequest(queries.settings().maxPageSize(), after),
                    QueryOptions.from(ctx));
            for (StoreEntry entry : page.entries()) {
                if (start != null && !entry.key().startsWith(start)) {
                    more = false;
                    break;
                }
                read++;
                if (prefix == null || prefix.equals(entry.value().path("prefix").asText())) {
                    table.add(entry.value());
                }
            }
            after = page.next();
            more = more && after != null;
        }
        ctx.json(table.toJson(read >= MAX_SUMMARY_ROWS && more));
    }

    private static Instant instant(Context ctx, String name, Instant fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }

    /** The hours of the period, grouped by bucket and rule prefix. */
    private static final class SummaryTable {

        private final Instant from;
        private final Instant to;
        private final Map<String, RuleSummary> rules = new TreeMap<>();

        SummaryTable(Instant from, Instant to) {
            this.from = from;
            this.to = to;
        }

        void add(JsonNode hour) {
            Instant start = Instant.parse(hour.path("hour").asText());
            if (!start.plus(Duration.ofHours(1)).isAfter(from) || !start.isBefore(to)) {
                return;
            }
            String bucket = hour.path("bucket").asText();
            String prefix = hour.path("prefix").asText();
            rules.computeIfAbsent(bucket + "/" + prefix, k -> new RuleSummary(bucket, prefix))
                    .add(hour);
        }

        Map<String, Object> toJson(boolean truncated) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", from.toString());
            json.put("to", to.toString());
            json.put("truncated", truncated);
            json.put("rules", rules.values().stream().map(RuleSummary::toJson).toList());
            return json;
        }
    }
}
