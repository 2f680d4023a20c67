package io.vigil.app.client.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.app.uptime.importer.CsvImportReader;
import io.vigil.app.uptime.importer.ImportSummary;
import io.vigil.app.uptime.importer.PollRow;
import io.vigil.app.uptime.importer.RowListener;
import io.vigil.app.uptime.importer.SkippedRow;
import io.vigil.app.uptime.sample.SampleData;
import io.vigil.app.uptime.sample.SampleSpec;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two million polls go from the file to request bodies while at no row more than one batch of rows is held, whatever
 * the heap: the bound on memory is structural (the reader's is proven by LargeStatusFileTest, the requests in flight
 * by UptimeImportCommandTest), not a matter of -Xmx.
 */
class LargeStatusImportTest {

    private static final int BATCH = 5_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldStreamTwoMillionPollsHoldingAtMostOneBatch() throws Exception {
        // 14,000 stores polled hourly for 6 days minus a little: 2,016,000 polls
        SampleSpec spec = new SampleSpec(14_000, 6, 60, 7, Instant.parse("2023-01-25T00:00:00Z"));
        Path file = dir.resolve("store_status.csv");
        long written;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            written = new SampleData(spec).writeStatus(out);
        }
        long[] bodyBytes = {0};
        int[] largestBatch = {0};
        Batcher<PollRow> batcher = new Batcher<>(
                BATCH,
                (batch, number) -> {
                    largestBatch[0] = Math.max(largestBatch[0], batch.size());
                    bodyBytes[0] += BulkBodies.polls(batch).length;
                },
                new SkippedSample(5));
        HeldRows held = new HeldRows(batcher);

        ImportSummary summary;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            summary = CsvImportReader.status(in).readAll(held);
        }
        batcher.finish();

        assertThat(written).isEqualTo(2_016_000);
        assertThat(summary.rowsSeen()).isEqualTo(written);
        assertThat(summary.skipped()).isZero();
        assertThat(batcher.sent()).isEqualTo(written);
        assertThat(largestBatch[0]).isEqualTo(BATCH);
        assertThat(held.max).isLessThan(BATCH);
        assertThat(bodyBytes[0]).isGreaterThan(written * 60);
    }

    /** Watches how many rows the batcher holds after every row. */
    private static final class HeldRows implements RowListener<PollRow> {

        private final Batcher<PollRow> batcher;
        private int max;

        HeldRows(Batcher<PollRow> batcher) {
            this.batcher = batcher;
        }

        @Override
        public void row(PollRow row) {
            batcher.row(row);
            max = Math.max(max, batcher.buffered());
        }

        @Override
        public void skipped(SkippedRow row) {
            batcher.skipped(row);
        }
    }
}
