package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportStatus;

/** What the report completion step reads, keyed by report id: a part, or a status (the API's running one, or its own). */
sealed interface ReportInput {

    record PartReceived(ReportPart part) implements ReportInput {}

    record StatusReceived(ReportStatus status) implements ReportInput {}
}
