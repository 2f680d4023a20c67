package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportPartKind;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportState;
import io.vigil.schema.uptime.ReportStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes reports, keyed by report id. Parts are kept until every asked partition has answered in full (the number
 * asked comes from the API's running status; parts may arrive before it); then the CSV goes to {@link ReportObjects}
 * and the report becomes complete, or failed if the CSV could not be stored. An at=latest report first gathers each
 * partition's latest poll time, then asks every partition again with the latest of them as the reference. A
 * wall-clock sweeper fails the reports still running at their deadline, found through the deadline index. Under
 * exactly-once a re-processed part finds the same state and writes the same object again.
 */
final class ReportCompletionProcessor implements Processor<String, ReportInput, String, ReportOutput> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCompletionProcessor.class);

    private final ReportSettings settings;
    private final ReportObjects objects;
    private ProcessorContext<String, ReportOutput> context;
    private ReportLedger ledger;

    ReportCompletionProcessor(ReportSettings settings, ReportObjects objects) {
        this.settings = settings;
        this.objects = objects;
    }

    @Override
    public void init(ProcessorContext<String, ReportOutput> context) {
        this.context = context;
        this.ledger = new ReportLedger(
                context.getStateStore(ReportNames.REPORTS_STORE),
                context.getStateStore(ReportNames.PARTS_STORE),
                context.getStateStore(ReportNames.DEADLINES_STORE),
                settings.timeout());
        context.schedule(
                settings.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, now -> sweep(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, ReportInput> record) {
        String reportId = ReportIds.require(record.key());
        ReportInput input = record.value();
        if (input instanceof ReportInput.PartReceived received && received.part() != null) {
            onPart(reportId, received.part(), record.timestamp());
        } else if (input instanceof ReportInput.StatusReceived received && received.status() != null) {
            onStatus(reportId, received.status(), record.timestamp());
        }
    }

    private void onPart(String reportId, ReportPart part, long timestamp) {
        if (!reportId.equals(part.getReportId())) {
            throw new IllegalArgumentException("a report part's report_id must equal its key");
        }
        ReportStatus status = ledger.status(reportId);
        if (status == null) {
            status = placeholder(reportId);
            ledger.start(status);
        } else if (!ReportLedger.isRunning(status)) {
            LOG.debug("Part of report {} that is already {} ignored", reportId, status.getState());
            return;
        }
        if (ledger.addPart(part)) {
            advance(status, timestamp);
        }
    }

    private void onStatus(String reportId, ReportStatus incoming, long timestamp) {
        ReportStatus stored = ledger.status(reportId);
        if (incoming.getState() != ReportState.running) {
            if (ReportLedger.isRunning(stored)) {
                ledger.finish(incoming);
            } else if (stored == null) {
                ledger.update(incoming);
            }
            return;
        }
        if (stored == null) {
            ledger.start(incoming);
            advance(incoming, timestamp);
        } else if (ReportLedger.isRunning(stored) && stored.getPartitions() == null) {
            // parts came first: the API's status brings what they could not tell, the deadline stays
            ReportStatus known = ReportStatus.newBuilder(incoming)
                    .setRequestedAt(stored.getRequestedAt())
                    .build();
            ledger.update(known);
            advance(known, timestamp);
        }
    }

    /** Takes a running report as far as the parts in allow. */
    private void advance(ReportStatus status, long timestamp) {
        Integer partitions = status.getPartitions();
        if (partitions == null) {
            return;
        }
        if (status.getReference() == null) {
            resolveLatest(status, partitions, timestamp);
        } else {
            complete(status, partitions, timestamp);
        }
    }

    private void resolveLatest(ReportStatus status, int partitions, long timestamp) {
        if (!ledger.allAnswered(status.getReportId(), ReportPartKind.latest_poll, partitions)) {
            return;
        }
        List<ReportPart> answers = ledger.parts(status.getReportId(), ReportPartKind.latest_poll);
        ledger.deleteParts(status.getReportId(), ReportPartKind.latest_poll);
        Optional<Instant> latest = answers.stream()
                .map(ReportPart::getLatestPollAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo);
        if (latest.isEmpty()) {
            fail(status, "no store has a poll to take the latest poll time from", timestamp);
            return;
        }
        ReportStatus resolved =
                ReportStatus.newBuilder(status).setReference(latest.get()).build();
        ledger.update(resolved);
        emit(new ReportOutput.StatusChanged(resolved), timestamp);
        emit(
                new ReportOutput.RequestIssued(new ReportRequest(
                        status.getReportId(),
                        status.getStoreId(),
                        latest.get(),
                        status.getUnknownColumns(),
                        status.getRequestedAt())),
                timestamp);
    }

    private void complete(ReportStatus status, int partitions, long timestamp) {
        if (!ledger.allAnswered(status.getReportId(), ReportPartKind.rows, partitions)) {
            return;
        }
        List<ReportPart> parts = ledger.parts(status.getReportId(), ReportPartKind.rows);
        ReportCsv csv = ReportCsv.of(parts, status.getUnknownColumns());
        String key;
        try {
            key = objects.put(status.getReportId(), csv.bytes());
        } catch (ReportObjectsException e) {
            LOG.warn("Report {} could not be stored", status.getReportId(), e);
            fail(status, "the CSV could not be stored: " + e.getMessage(), timestamp);
            return;
        }
        ReportStatus done = ReportStatus.newBuilder(status)
                .setState(ReportState.complete)
                .setObjectKey(key)
                .setRowCount(csv.rowCount())
                .build();
        ledger.finish(done);
        emit(new ReportOutput.StatusChanged(done), timestamp);
        LOG.info("Report {} complete: {} rows", status.getReportId(), csv.rowCount());
    }

    private void sweep(Instant now) {
        for (String reportId : ledger.takeDue(now)) {
            ReportStatus status = ledger.status(reportId);
            if (ReportLedger.isRunning(status)) {
                LOG.warn("Report {} timed out", reportId);
                fail(status, "not every partition answered within " + settings.timeout(), now.toEpochMilli());
            }
        }
    }

    private void fail(ReportStatus status, String reason, long timestamp) {
        ReportStatus failed = ReportStatus.newBuilder(status)
                .setState(ReportState.failed)
                .setReason(reason)
                .build();
        ledger.finish(failed);
        emit(new ReportOutput.StatusChanged(failed), timestamp);
    }

    private void emit(ReportOutput output, long timestamp) {
        context.forward(new Record<>(keyOf(output), output, timestamp));
        // A client is polling for this report: the next request or the final status need not wait for the commit
        // interval to become visible.
        context.commit();
    }

    private static String keyOf(ReportOutput output) {
        return output instanceof ReportOutput.StatusChanged changed
                ? changed.status().getReportId()
                : ((ReportOutput.RequestIssued) output).request().getReportId();
    }

    /** A report known from a part before the API's status: how many partitions were asked is not known yet. */
    private ReportStatus placeholder(String reportId) {
        return ReportStatus.newBuilder()
                .setReportId(reportId)
                .setState(ReportState.running)
                .setRequestedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
                .build();
    }
}
