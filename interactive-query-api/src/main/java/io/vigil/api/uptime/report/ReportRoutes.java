package io.vigil.api.uptime.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.QueryableStore;
import io.vigil.api.query.StoreQueries;
import io.vigil.api.uptime.KnownStores;
import io.vigil.api.uptime.StoreIdField;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportStatus;
import io.vigil.topology.uptime.report.ReportIds;
import io.vigil.topology.uptime.report.ReportNames;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Uptime reports: {@code POST /trigger_report} (all stores) and {@code POST /trigger_report/{store_id}} answer 202
 * with the report id once the requests are in Kafka; {@code GET /get_report/{report_id}} answers 202 while running,
 * 410 when failed, 200 with the CSV when complete and 404 for an unknown id.
 */
public final class ReportRoutes implements RouteGroup {

    /** Every report's status, kept by the topology's completion step. */
    public static final QueryableStore<String, ReportStatus> REPORTS = QueryableStore.avro(ReportNames.REPORTS_STORE);
    /** The stores other instances may be asked to read for this group. */
    public static final List<QueryableStore<?, ?>> STORES = List.of(REPORTS);

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(5);
    private static final Duration VISIBLE_POLL = Duration.ofMillis(10);

    private final StoreQueries queries;
    private final ReportTrigger trigger;
    private final ReportDownload download;
    private final ObjectMapper json;
    private final Clock clock;

    /**
     * @param s3 the client of the bucket the topology's report writer uses
     * @param bucket that bucket (the sensor bucket; the writer's key prefix is {@code uptime-reports/})
     */
    public ReportRoutes(
            StoreQueries queries,
            TopicWriter writer,
            Serializer<ReportRequest> requests,
            Serializer<ReportStatus> statuses,
            S3Client s3,
            String bucket,
            ObjectMapper json,
            Clock clock) {
        this.queries = queries;
        this.trigger = new ReportTrigger(writer, requests, statuses);
        this.download = new ReportDownload(s3, bucket);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/trigger_report", ctx -> trigger(ctx, null), Scope.ADMIN);
        routes.post("/trigger_report/{store_id}", ctx -> trigger(ctx, knownStore(ctx)), Scope.ADMIN);
        routes.get("/get_report/{report_id}", this::get, Scope.READ);
    }

    private void trigger(Context ctx, String storeId) {
        ReportOptions options = ReportOptions.from(JsonBodies.optionalObject(ctx, json), clock.instant());
        String reportId = trigger.trigger(storeId, options, clock.instant());
        awaitVisible(reportId, QueryOptions.from(ctx));
        ctx.status(202).json(Map.of("report_id", reportId));
    }

    /**
     * Waits (briefly) until the running status is in the reports store, so that a {@code GET /get_report} right after
     * the 202 finds the report instead of a 404. The report is durable either way: past the budget the 202 goes out.
     */
    private void awaitVisible(String reportId, QueryOptions options) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        while (!visible(reportId, options) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(VISIBLE_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean visible(String reportId, QueryOptions options) {
        try {
            queries.get(REPORTS, reportId, options);
            return true;
        } catch (ApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private String knownStore(Context ctx) {
        String storeId = StoreIdField.of(ctx, "store_id");
        KnownStores.require(queries, storeId, QueryOptions.from(ctx));
        return storeId;
    }

    private void get(Context ctx) {
        String reportId = ctx.pathParam("report_id");
        if (!ReportIds.isValid(reportId)) {
            throw ApiException.notFound("No report " + reportId.length() + " characters long exists; ids are UUIDs");
        }
        JsonNode status = queries.get(REPORTS, reportId, QueryOptions.from(ctx)).value();
        switch (status.path("state").asText()) {
            case "complete" -> download.send(ctx, status.path("object_key").asText());
            case "failed" -> ctx.status(410).json(failed(status));
            default -> ctx.status(202).json(Map.of("status", "running"));
        }
    }

    private static Map<String, String> failed(JsonNode status) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", "failed");
        body.put("reason", status.path("reason").asText(""));
        return body;
    }
}
