package io.vigil.api.uptime.report;

import io.vigil.api.write.TopicWriter;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportState;
import io.vigil.schema.uptime.ReportStatus;
import io.vigil.topology.uptime.report.ReportIds;
import io.vigil.topology.uptime.report.ReportNames;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Starts a report: one request to every partition of {@value ReportNames#REQUESTS_TOPIC} (the task of each polls
 * partition answers for its stores; for a single-store report only the partition that knows the store has a row), then
 * the running status with the number of partitions asked, which the completion step waits for. Both are acknowledged
 * before the caller gets the report id. Should the status write fail after the requests, the caller gets a 503 and the
 * orphan report times out as failed.
 */
final class ReportTrigger {

    private final TopicWriter writer;
    private final Serializer<ReportRequest> requests;
    private final Serializer<ReportStatus> statuses;

    ReportTrigger(TopicWriter writer, Serializer<ReportRequest> requests, Serializer<ReportStatus> statuses) {
        this.writer = writer;
        this.requests = requests;
        this.statuses = statuses;
    }

    /**
     * @param storeId the one store to report, or null for all
     * @return the new report's id
     */
    String trigger(String storeId, ReportOptions options, Instant now) {
        String reportId = ReportIds.next();
        ReportRequest request =
                new ReportRequest(reportId, storeId, options.reference(), options.unknownColumns(), now);
        int partitions = writer.writeToEveryPartition(ReportNames.REQUESTS_TOPIC, reportId, request, requests);
        ReportStatus running = ReportStatus.newBuilder()
                .setReportId(reportId)
                .setState(ReportState.running)
                .setPartitions(partitions)
                .setStoreId(storeId)
                .setLatest(options.reference() == null)
                .setReference(options.reference())
                .setUnknownColumns(options.unknownColumns())
                .setRequestedAt(now)
                .build();
        writer.write(ReportNames.REPORTS_TOPIC, reportId, running, statuses);
        return reportId;
    }
}
