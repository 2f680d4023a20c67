package io.vigil.topology.uptime.report;

import io.vigil.schema.delivery.DeliveryCalendar;
import io.vigil.schema.uptime.ReportPart;
import io.vigil.schema.uptime.ReportPartKind;
import io.vigil.schema.uptime.ReportRequest;
import io.vigil.schema.uptime.ReportRow;
import io.vigil.schema.uptime.StoreLiveStatus;
import io.vigil.topology.delivery.DeliveryNames;
import io.vigil.topology.uptime.StoreProfile;
import io.vigil.topology.uptime.TaskStores;
import io.vigil.topology.uptime.UptimeCache;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSettings;
import io.vigil.topology.uptime.UptimeStores;
import io.vigil.topology.uptime.time.ReportRowFormat;
import io.vigil.topology.uptime.time.UptimeFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Answers a {@code ReportRequest} for the stores of this task's polls partition. A report covers every store in the
 * directory {@value UptimeNames#STATUS_STORE}, i.e. every store any input has named, even one with hours or a zone but
 * no poll (its business time is then downtime, or unknown with a max poll gap): the original reports the stores of
 * its status data, and a silent store is not an up store. Rows go out in chunks of at most
 * {@link ReportSettings#rowsPerPart()}, the last one flagged. A request without a reference asks for the latest poll
 * time of the partition's stores instead, as one {@code latest_poll} part.
 */
final class ReportRowsProcessor implements Processor<String, ReportRequest, String, ReportPart> {

    private final UptimeSettings uptime;
    private final ReportSettings settings;
    private ProcessorContext<String, ReportPart> context;
    private UptimeStores stores;
    private KeyValueStore<String, StoreLiveStatus> directory;
    private KeyValueStore<String, DeliveryCalendar> calendars;
    private UptimeCache cache;

    ReportRowsProcessor(UptimeSettings uptime, ReportSettings settings) {
        this.uptime = uptime;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, ReportPart> context) {
        this.context = context;
        this.stores = new UptimeStores(
                context.getStateStore(UptimeNames.POLLS_STORE),
                context.getStateStore(UptimeNames.BUSINESS_HOURS_STORE),
                context.getStateStore(UptimeNames.TIMEZONES_STORE),
                uptime);
        this.directory = context.getStateStore(UptimeNames.STATUS_STORE);
        this.calendars = context.getStateStore(DeliveryNames.CALENDARS_STORE);
        this.cache = context.getStateStore(UptimeNames.CACHE_STORE);
    }

    @Override
    public void process(Record<String, ReportRequest> record) {
        ReportRequest request = record.value();
        if (request == null) {
            return;
        }
        String reportId = ReportIds.require(record.key());
        PartWriter parts = new PartWriter(record, reportId, context.taskId().partition());
        if (request.getReference() == null) {
            parts.latestPoll(known(request.getStoreId()).newestPoll());
        } else {
            writeRows(request, parts);
        }
    }

    private void writeRows(ReportRequest request, PartWriter parts) {
        ReportRowFormat format =
                request.getUnknownColumns() ? ReportRowFormat.withUnknownColumns() : ReportRowFormat.original();
        ClosureCalendars closures = new ClosureCalendars(calendars);
        Instant reference = request.getReference();
        TaskStores known = known(request.getStoreId());
        UptimeStores reads = storesFor(known, request.getStoreId() == null);
        List<String> ids = known.ids();
        int from = 0;
        do {
            int to = Math.min(ids.size(), from + settings.rowsPerPart());
            List<String> chunkIds = ids.subList(from, to);
            Map<String, StoreProfile> profiles = reads.profiles(chunkIds);
            List<ReportRow> chunk = new ArrayList<>(chunkIds.size());
            for (String storeId : chunkIds) {
                StoreProfile profile = profiles.get(storeId);
                UptimeFigures figures =
                        reads.figures(storeId, profile, reference, closures.closedDates(profile.closureCalendar()));
                chunk.add(new ReportRow(storeId, format.row(storeId, figures)));
            }
            parts.rows(chunk, to == ids.size());
            from = to;
        } while (from < ids.size());
    }

    /** The one store asked for if this partition knows it, else every store it knows (from the cache if it is on). */
    private TaskStores known(String only) {
        if (only != null) {
            StoreLiveStatus one = directory.get(only);
            return one == null ? new TaskStores(List.of(), null) : new TaskStores(List.of(only), one.getLatestPollAt());
        }
        return cacheOn() ? cache.stores(this::readDirectory) : readDirectory();
    }

    private TaskStores readDirectory() {
        List<String> ids = new ArrayList<>();
        Instant newest = null;
        try (KeyValueIterator<String, StoreLiveStatus> all = directory.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoreLiveStatus> entry = all.next();
                ids.add(entry.key);
                Instant latest = entry.value.getLatestPollAt();
                if (latest != null && (newest == null || latest.isAfter(newest))) {
                    newest = latest;
                }
            }
        }
        return new TaskStores(ids, newest);
    }

    /**
     * How to read the stores: every store of the partition through the cache (unless it is off, then the ids come in
     * the directory's order that {@link UptimeStores#profiles} needs); one store straight from the stores.
     */
    private UptimeStores storesFor(TaskStores known, boolean wholePartition) {
        return wholePartition && cacheOn() ? stores.throughCache(cache, known.newestPoll()) : stores;
    }

    private boolean cacheOn() {
        return uptime.timelineCachePolls() > 0;
    }

    /** Forwards one request's parts, numbering the chunks. */
    private final class PartWriter {

        private final Record<String, ReportRequest> request;
        private final String reportId;
        private final int partition;
        private int chunk;

        PartWriter(Record<String, ReportRequest> request, String reportId, int partition) {
            this.request = request;
            this.reportId = reportId;
            this.partition = partition;
        }

        void rows(List<ReportRow> rows, boolean last) {
            forward(new ReportPart(reportId, ReportPartKind.rows, partition, chunk++, last, rows, null));
        }

        void latestPoll(Instant latest) {
            forward(new ReportPart(reportId, ReportPartKind.latest_poll, partition, chunk++, true, List.of(), latest));
        }

        private void forward(ReportPart part) {
            context.forward(new Record<>(reportId, part, request.timestamp(), request.headers()));
            // A client is waiting for this report: commit now, not at the next commit interval, so that the parts
            // reach the completion step at once (under exactly-once they are invisible until committed).
            context.commit();
        }
    }
}
