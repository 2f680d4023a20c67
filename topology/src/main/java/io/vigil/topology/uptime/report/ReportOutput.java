package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportStatus;

/** What the report completion step writes, keyed by report id. */
sealed interface ReportOutput {

    /** To {@value ReportNames#REPORTS_TOPIC}. */
    record StatusChanged(ReportStatus status) implements ReportOutput {}

    /** To every partition of {@value ReportNames#REQUESTS_TOPIC}: the rows, once an at=latest reference is known. */
    record RequestIssued(ReportRequest request) implements ReportOutput {}
}
