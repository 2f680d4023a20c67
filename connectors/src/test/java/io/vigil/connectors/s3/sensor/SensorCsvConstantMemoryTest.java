package io.vigil.connectors.s3.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.sensor.RowErrorReason;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The heap the parser holds does not grow with the file. The body is generated while it is read, so a 200 MB file
 * never exists in memory; the heap is measured (after a GC) when the parser reaches its end, while all its state is
 * still live.
 */
class SensorCsvConstantMemoryTest {

    private static final long MB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    @Timeout(120)
    void shouldHoldNoMoreHeapAtTheEndOf200MbThanAtTheEndOf20Mb() throws IOException {
        long small = heapHeldAtTheEndOf(20 * MB);
        long large = heapHeldAtTheEndOf(200 * MB);

        assertThat(large - small)
                .as("retained heap growth: %d vs %d bytes", large, small)
                .isLessThan(8 * MB);
    }

    private long heapHeldAtTheEndOf(long bytes) throws IOException {
        AtomicLong held = new AtomicLong();
        GeneratedSensorCsv body = new GeneratedSensorCsv(bytes, () -> held.set(usedAfterGc()));
        CountingListener counted = new CountingListener();

        SensorCsvResult result = new SensorCsvParser().parse(body, counted);

        assertThat(body.produced()).isGreaterThanOrEqualTo(bytes);
        assertThat(result)
                .isEqualTo(new SensorCsvResult.Completed(body.rows(), body.rows() - body.badRows(), body.badRows()));
        assertThat(counted.readings).isEqualTo(body.rows() - body.badRows());
        return held.get();
    }

    private long usedAfterGc() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Keeps counts only, so that what is measured is the parser's own memory. */
    private static final class CountingListener implements SensorCsvListener {
        long readings;

        @Override
        public void reading(long rowNumber, String sensorId, long timestampMicros, double value) {
            readings++;
        }

        @Override
        public void rowError(long rowNumber, long line, RowErrorReason reason, String detail) {
            assertThat(reason).isEqualTo(RowErrorReason.bad_value);
        }
    }
}
