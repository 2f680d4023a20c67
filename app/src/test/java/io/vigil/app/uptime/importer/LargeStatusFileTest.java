package io.vigil.app.uptime.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two million polls, the size of the original data set, read as a stream: at every row the reader has taken at most
 * a small, fixed number of bytes beyond the rows handed out, so neither the file nor its rows are held in memory.
 */
class LargeStatusFileTest {

    private static final int ROWS = 2_000_000;
    private static final int STORES = 14_000;
    private static final String HEADER = "store_id,status,timestamp_utc\n";
    /** The decoder's and the parser's buffers together stay well under this. */
    private static final long MAX_READ_AHEAD_BYTES = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReadTwoMillionPollsInConstantMemory() throws Exception {
        Path file = dir.resolve("store_status.csv");
        writePolls(file);
        ReadAheadCheck check;

        try (InputStream in = Files.newInputStream(file)) {
            CsvImportReader<PollRow> reader = CsvImportReader.status(in);
            check = new ReadAheadCheck(reader);
            ImportSummary summary = reader.readAll(check);

            assertThat(summary).isEqualTo(new ImportSummary(ROWS, ROWS, Map.of()));
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }
        assertThat(check.rows).isEqualTo(ROWS);
        assertThat(check.maxReadAhead).isPositive().isLessThan(MAX_READ_AHEAD_BYTES);
        assertThat(check.last).isEqualTo(new PollRow("s" + ((ROWS - 1) % STORES), timestamp(ROWS - 1), true));
    }

    /** Row i: store {@code s<i mod 14000>}, active but every third, at 2023-01-01 plus i seconds and i mod 10^6 µs. */
    private static void writePolls(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < ROWS; i++) {
                line.setLength(0);
                line.append('s').append(i % STORES).append(',').append(active(i) ? "active" : "inactive");
                line.append(",2023-01-").append(two(1 + i / 86_400)).append(' ');
                int second = i % 86_400;
                line.append(two(second / 3600))
                        .append(':')
                        .append(two(second / 60 % 60))
                        .append(':');
                line.append(two(second % 60)).append('.').append(six(i % 1_000_000));
                out.append(line.append(" UTC\n"));
            }
        }
    }

    private static boolean active(int i) {
        return i % 3 != 0;
    }

    private static Instant timestamp(int i) {
        return Instant.parse("2023-01-01T00:00:00Z").plusSeconds(i).plusNanos((i % 1_000_000) * 1000L);
    }

    private static String six(int n) {
        String digits = Integer.toString(n);
        return "000000".substring(digits.length()) + digits;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Knows each row's length in the file, so it can tell how far the reader has read past the current row. */
    private static final class ReadAheadCheck implements RowListener<PollRow> {

        private final CsvImportReader<PollRow> reader;
        private long rows;
        private long bytesOfRows = HEADER.length();
        private long maxReadAhead;
        private PollRow last;

        ReadAheadCheck(CsvImportReader<PollRow> reader) {
            this.reader = reader;
        }

        @Override
        public void row(PollRow row) {
            rows++;
            // store id, comma, status, comma, "2023-01-dd hh:mm:ss.ffffff UTC", newline
            bytesOfRows += row.storeId().length() + 1 + (row.active() ? 6 : 8) + 1 + 30 + 1;
            maxReadAhead = Math.max(maxReadAhead, reader.bytesRead() - bytesOfRows);
            last = row;
        }

        @Override
        public void skipped(SkippedRow skipped) {
            throw new AssertionError("no row of the generated file is bad: " + skipped);
        }
    }
}
