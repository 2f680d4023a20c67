package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportPartKind;
import io.vigil.schema.uptime.ReportState;
import io.vigil.schema.uptime.ReportStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The completion step's state: each report's status ({@value ReportNames#REPORTS_STORE}), the parts of running reports
 * ({@value ReportNames#PARTS_STORE}, one entry per partition and chunk, so a part seen twice is kept once) and the
 * running reports by deadline ({@value ReportNames#DEADLINES_STORE}, so the sweeper reads only the due ones). A
 * report's deadline is its {@code requested_at} plus the timeout, and {@code requested_at} never changes once stored.
 * Which parts are in is also kept in memory, so that each arriving part does not read back every part before it; it is
 * rebuilt from the parts store the first time a report's parts are touched after the ledger is created (the task
 * (re)starts with a new one).
 */
final class ReportLedger {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, ReportStatus> statuses;
    private final KeyValueStore<String, ReportPart> parts;
    private final KeyValueStore<String, String> deadlines;
    private final Duration timeout;
    /** By {@link #prefix}: reports whose parts were touched since the ledger was created. */
    private final Map<String, ReportProgress> progress = new HashMap<>();

    ReportLedger(
            KeyValueStore<String, ReportStatus> statuses,
            KeyValueStore<String, ReportPart> parts,
            KeyValueStore<String, String> deadlines,
            Duration timeout) {
        this.statuses = statuses;
        this.parts = parts;
        this.deadlines = deadlines;
        this.timeout = timeout;
    }

    ReportStatus status(String reportId) {
        return statuses.get(reportId);
    }

    /** Records a report seen for the first time, and when it times out. */
    void start(ReportStatus running) {
        statuses.put(running.getReportId(), running);
        deadlines.put(deadlineKey(running), running.getReportId());
    }

    /** Replaces a running report's status, keeping its deadline. */
    void update(ReportStatus running) {
        statuses.put(running.getReportId(), running);
    }

    /** Records a complete or failed report: its parts and deadline go, its status stays. */
    void finish(ReportStatus done) {
        statuses.put(done.getReportId(), done);
        for (ReportPartKind kind : ReportPartKind.values()) {
            deleteParts(done.getReportId(), kind);
        }
        deadlines.delete(deadlineKey(done));
    }

    /** @return false if this partition's chunk was already in: a part delivered again changes nothing */
    boolean addPart(ReportPart part) {
        String key = partKey(part);
        if (parts.get(key) != null) {
            return false;
        }
        ReportProgress counted = progress(part.getReportId(), part.getKind());
        parts.put(key, part);
        counted.add(part);
        return true;
    }

    /** Whether every one of {@code partitions} partitions has sent all its parts of this kind. */
    boolean allAnswered(String reportId, ReportPartKind kind, int partitions) {
        return progress(reportId, kind).allAnswered(partitions);
    }

    private ReportProgress progress(String reportId, ReportPartKind kind) {
        return progress.computeIfAbsent(prefix(reportId, kind), prefix -> {
            ReportProgress stored = new ReportProgress();
            parts(reportId, kind).forEach(stored::add);
            return stored;
        });
    }

    List<ReportPart> parts(String reportId, ReportPartKind kind) {
        List<ReportPart> found = new ArrayList<>();
        try (KeyValueIterator<String, ReportPart> range = parts.prefixScan(prefix(reportId, kind), KEYS)) {
            range.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    /** Deletes the report's parts of this kind, found from its progress: no part is read to be deleted. */
    void deleteParts(String reportId, ReportPartKind kind) {
        ReportProgress counted = progress(reportId, kind);
        progress.remove(prefix(reportId, kind));
        // put(key, null) deletes without reading back the old value, as delete(key) would to return it
        counted.forEachChunk((partition, chunk) -> parts.put(partKey(reportId, kind, partition, chunk), null));
    }

    /** The reports whose deadline is at or before {@code now}, oldest first; their index entries are removed. */
    List<String> takeDue(Instant now) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> range =
                deadlines.range("0", String.format("%013d|~", now.toEpochMilli()))) {
            range.forEachRemaining(due::add);
        }
        due.forEach(entry -> deadlines.delete(entry.key));
        return due.stream().map(entry -> entry.value).toList();
    }

    private String deadlineKey(ReportStatus status) {
        return String.format("%013d|%s", status.getRequestedAt().plus(timeout).toEpochMilli(), status.getReportId());
    }

    private static String partKey(ReportPart part) {
        return partKey(part.getReportId(), part.getKind(), part.getPartition(), part.getChunk());
    }

    private static String partKey(String reportId, ReportPartKind kind, int partition, int chunk) {
        return prefix(reportId, kind) + String.format("%05d|%06d", partition, chunk);
    }

    private static String prefix(String reportId, ReportPartKind kind) {
        return reportId + '|' + kind + '|';
    }

    static boolean isRunning(ReportStatus status) {
        return status != null && status.getState() == ReportState.running;
    }
}
