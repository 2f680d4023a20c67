package io.vigil.connectors.s3.quality;

import static io.vigil.connectors.s3.quality.QualityFixtures.CLOCK;
import static io.vigil.connectors.s3.quality.QualityFixtures.NOW;
import static io.vigil.connectors.s3.quality.QualityFixtures.blankRatio;
import static io.vigil.connectors.s3.quality.QualityFixtures.column;
import static io.vigil.connectors.s3.quality.QualityFixtures.csv;
import static io.vigil.connectors.s3.quality.QualityFixtures.facts;
import static io.vigil.connectors.s3.quality.QualityFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vigil.schema.quality.ColumnType;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityRule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The heap an inspection holds does not grow with the object, and the checks allocate little beyond what the parser
 * itself does. The body is generated while it is read, so a 200 MB object never exists in memory.
 */
class ConstantMemoryTest {

    private static final long MB = 1024 * 1024;
    private static final int TRACKED_ROWS = 50_000;

    private static final QualityRule EVERY_CSV_CHECK = rule().setNonEmpty(true)
            .setCsv(csv().setExpectedColumns(List.of("id", "name", "price", "at", "status"))
                    .setMinRows(1L)
                    .setMaxDuplicateRows(0L)
                    .setColumns(List.of(
                            column("id", ColumnType.INTEGER),
                            column("price", ColumnType.DECIMAL),
                            column("at", ColumnType.TIMESTAMP),
                            column("status", ColumnType.ENUM, "ok", "late"),
                            blankRatio("name", 0.0)))
                    .build())
            .build();

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final QualityInspector inspector = new QualityInspector(CLOCK, TRACKED_ROWS);

    @Test
    @Timeout(120)
    void shouldHoldNoMoreHeapAtTheEndOf200MbThanAtTheEndOf20Mb() throws IOException {
        long small = heapHeldAtTheEndOf(20 * MB);
        long large = heapHeldAtTheEndOf(200 * MB);

        assertThat(large - small)
                .as("retained heap growth: %d vs %d bytes", large, small)
                .isLessThan(8 * MB);
    }

    @Test
    @Timeout(60)
    void shouldAllocateLittleMoreThanParsingAlone() throws IOException {
        long bytes = 20 * MB;
        inspect(bytes, () -> {}); // warm-up, so both are measured compiled
        parseOnly(bytes);

        long parsing = allocatedBy(() -> parseOnly(bytes));
        long inspecting = allocatedBy(() -> inspect(bytes, () -> {}));

        assertThat(inspecting)
                .as("allocated: inspect %d, parse alone %d bytes", inspecting, parsing)
                .isLessThan(parsing + parsing / 4);
    }

    private long heapHeldAtTheEndOf(long bytes) throws IOException {
        AtomicLong held = new AtomicLong();
        GeneratedCsv body = inspect(bytes, () -> held.set(usedAfterGc()));
        assertThat(body.produced()).isGreaterThanOrEqualTo(bytes);
        return held.get();
    }

    private GeneratedCsv inspect(long bytes, Runnable atEnd) throws IOException {
        GeneratedCsv body = new GeneratedCsv(bytes, atEnd);
        DataQualityResult result = inspector.inspect(EVERY_CSV_CHECK, facts("in/big.csv", bytes, null, NOW), body);
        assertThat(result.getPassed()).as("%s", result.getChecks()).isTrue();
        assertThat(result.getRows()).isEqualTo(body.rows());
        assertThat(result.getSize()).isEqualTo(body.produced());
        return body;
    }

    private static void parseOnly(long bytes) throws IOException {
        long rows = 0;
        for (CsvRecord ignored : CsvReader.builder().ofCsvRecord(Utf8Text.open(new GeneratedCsv(bytes, () -> {})))) {
            rows++;
        }
        assertThat(rows).isGreaterThan(1);
    }

    private long allocatedBy(IoAction action) throws IOException {
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        action.run();
        return threads.getThreadAllocatedBytes(thread) - before;
    }

    private long usedAfterGc() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
