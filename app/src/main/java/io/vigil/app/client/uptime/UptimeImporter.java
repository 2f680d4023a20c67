package io.vigil.app.client.uptime;

import io.vigil.app.client.ApiCallException;
import io.vigil.app.client.ApiHttp;
import io.vigil.app.client.Progress;
import io.vigil.app.uptime.importer.CsvImportReader;
import io.vigil.app.uptime.importer.HoursRow;
import io.vigil.app.uptime.importer.ImportFileException;
import io.vigil.app.uptime.importer.ImportSummary;
import io.vigil.app.uptime.importer.PollRow;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkipReason;
import io.vigil.app.uptime.importer.SkippedRow;
import io.vigil.app.uptime.importer.TimezoneRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Imports the original uptime CSV files into Vigil through the bulk routes: each file is read once as a stream and
 * sent in batches while it is read (business hours excepted: they are grouped per store first, see {@link
 * HoursByStore}); every request of a file is answered before the next file starts, so callers that import zones, then
 * hours, then polls have each store's zone and hours in place before its polls.
 */
final class UptimeImporter {

    /** How often, in rows, the progress bar is moved. */
    private static final int PROGRESS_EVERY = 4096;

    private final ApiHttp http;
    private final ImportSettings settings;
    private final Progress progress;

    UptimeImporter(ApiHttp http, ImportSettings settings, Progress progress) {
        this.http = http;
        this.settings = settings;
        this.progress = progress;
    }

    /** One request at a time, so that a store listed twice keeps the zone of its last row. */
    FileResult timezones(Path file) throws ApiCallException, IOException, InterruptedException {
        BulkSender sender = new BulkSender(http, "timezones", 1, settings.retry());
        SkippedSample skipped = new SkippedSample(settings.skippedShown());
        Batcher<TimezoneRow> batcher =
                new Batcher<>(settings.batchSize(), sink(sender, file, BulkBodies::timezones), skipped);
        Job<TimezoneRow> job = new Job<>("timezones", file, CsvImportReader::timezones, batcher, batcher::finish);
        return run(job, sender, skipped, batcher::sent, () -> -1L);
    }

    FileResult hours(Path file) throws ApiCallException, IOException, InterruptedException {
        BulkSender sender = new BulkSender(http, "business-hours", settings.maxInFlight(), settings.retry());
        SkippedSample skipped = new SkippedSample(settings.skippedShown());
        HoursByStore stores = new HoursByStore(new Batcher<>(
                settings.batchSize(),
                store -> store.rows().size(),
                sink(sender, file, BulkBodies::businessHours),
                skipped));
        Job<HoursRow> job = new Job<>("business hours", file, CsvImportReader::hours, stores, stores::finish);
        return run(job, sender, skipped, stores::rowsSent, stores::storesSent);
    }

    FileResult polls(Path file) throws ApiCallException, IOException, InterruptedException {
        BulkSender sender = new BulkSender(http, "polls", settings.maxInFlight(), settings.retry());
        SkippedSample skipped = new SkippedSample(settings.skippedShown());
        Batcher<PollRow> batcher = new Batcher<>(settings.batchSize(), sink(sender, file, BulkBodies::polls), skipped);
        Job<PollRow> job = new Job<>("polls", file, CsvImportReader::status, batcher, batcher::finish);
        return run(job, sender, skipped, batcher::sent, () -> -1L);
    }

    private static <T> BatchSink<T> sink(BulkSender sender, Path file, Function<List<T>, byte[]> body) {
        return (batch, number) -> sender.submit(body.apply(batch), "batch " + number + " of " + file.getFileName());
    }

    private <T> FileResult run(Job<T> job, BulkSender sender, SkippedSample skipped, Count rowsSent, Count storesSent)
            throws ApiCallException, IOException, InterruptedException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(job.file()));
                Progress.Bar bar =
                        progress.bytes(job.kind() + " " + job.file().getFileName(), Files.size(job.file()))) {
            CsvImportReader<T> reader = job.reader().apply(in);
            Counted<T> counted = new Counted<>(job.listener(), () -> bar.stepTo(reader.bytesRead()));
            ImportSummary summary;
            try {
                summary = unwrapped(() -> reader.readAll(counted));
                unwrapped(() -> {
                    job.finish().run();
                    return null;
                });
            } catch (ImportFileException e) {
                sender.drain();
                return result(job, counted.rows, rowsSent, storesSent, Map.of(), skipped, e.getMessage());
            }
            sender.drain();
            bar.stepTo(reader.bytesRead());
            return result(job, summary.rowsSeen(), rowsSent, storesSent, summary.skippedByReason(), skipped, null);
        }
    }

    private static FileResult result(
            Job<?> job,
            long rowsRead,
            Count rowsSent,
            Count storesSent,
            Map<SkipReason, Long> skippedByReason,
            SkippedSample skipped,
            String failure) {
        return new FileResult(
                job.kind(),
                job.file(),
                rowsRead,
                rowsSent.get(),
                storesSent.get(),
                skippedByReason,
                skipped.rows(),
                failure);
    }

    /** Runs a step of the reading, turning a failure to send from inside a listener back into what it was. */
    private static <R> R unwrapped(Step<R> step)
            throws ApiCallException, IOException, InterruptedException, ImportFileException {
        try {
            return step.run();
        } catch (SendAbortedException e) {
            if (e.getCause() instanceof ApiCallException api) {
                throw api;
            }
            throw (InterruptedException) e.getCause();
        }
    }

    @FunctionalInterface
    private interface Step<R> {
        R run() throws IOException, ImportFileException;
    }

    @FunctionalInterface
    private interface Count {
        long get();
    }

    private record Job<T>(
            String kind,
            Path file,
            Function<InputStream, CsvImportReader<T>> reader,
            RowListener<T> listener,
            Runnable finish) {}

    /** Counts the rows going by and moves the progress bar now and then. */
    private static final class Counted<T> implements RowListener<T> {

        private final RowListener<T> next;
        private final Runnable tick;
        private long rows;

        Counted(RowListener<T> next, Runnable tick) {
            this.next = next;
            this.tick = tick;
        }

        @Override
        public void row(T row) {
            counted();
            next.row(row);
        }

        @Override
        public void skipped(SkippedRow row) {
            counted();
            next.skipped(row);
        }

        private void counted() {
            if (++rows % PROGRESS_EVERY == 0) {
                tick.run();
            }
        }
    }
}
