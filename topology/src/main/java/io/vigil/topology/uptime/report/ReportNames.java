package io.vigil.topology.uptime.report;

import io.vigil.topology.VigilTopics;

/** Stable names of the uptime reports' topics, processors and stores: changelogs are named after them. */
public final class ReportNames {

    /** Key report id, written once to every partition; co-partitioned with the polls. */
    public static final String REQUESTS_TOPIC = VigilTopics.UPTIME_REPORT_REQUESTS;
    /** Key report id: each partition's rows, in chunks. */
    public static final String PARTS_TOPIC = VigilTopics.UPTIME_REPORT_PARTS;
    /** Key report id, compacted: running, then complete or failed. */
    public static final String REPORTS_TOPIC = VigilTopics.UPTIME_REPORTS;

    /** Report id → {@code ReportStatus}: every report's status, as the API reads it. */
    public static final String REPORTS_STORE = "uptime-reports";
    /** {@code reportId|kind|partition|chunk} → {@code ReportPart}: the parts of reports still running. */
    public static final String PARTS_STORE = "uptime-report-parts";
    /** {@code deadlineMillis|reportId} → report id: running reports in the order they time out. */
    public static final String DEADLINES_STORE = "uptime-report-deadlines";

    static final String READ_REQUESTS = "uptime-read-report-requests";
    static final String WRITE_ROWS = "uptime-write-report-rows";
    static final String WRITE_PARTS = "uptime-write-report-parts";
    static final String READ_PARTS = "uptime-read-report-parts";
    static final String READ_REPORTS = "uptime-read-reports";
    static final String AS_PART_INPUT = "uptime-report-part-input";
    static final String AS_STATUS_INPUT = "uptime-report-status-input";
    static final String MERGE_REPORT_INPUTS = "uptime-merge-report-inputs";
    static final String COMPLETE_REPORTS = "uptime-complete-reports";
    static final String SPLIT_OUTPUTS = "uptime-report-outputs-";
    static final String STATUS_BRANCH = "status";
    static final String REQUEST_BRANCH = "request";
    static final String STATUS_VALUES = "uptime-report-status-values";
    static final String REQUEST_VALUES = "uptime-report-request-values";
    static final String WRITE_REPORTS = "uptime-write-reports";
    static final String WRITE_REQUESTS = "uptime-write-report-requests";

    private ReportNames() {}
}
