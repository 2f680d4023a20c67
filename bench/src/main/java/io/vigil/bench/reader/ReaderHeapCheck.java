package io.vigil.bench.reader;

import io.vigil.bench.harness.TempDirs;
import io.vigil.connectors.s3.quality.QualityInspector;
import io.vigil.schema.quality.DataQualityResult;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Streams one large generated CSV object (default 1 GiB, {@code -Dvigil.bench.heap.mb}) from the embedded S3 endpoint
 * through the {@link QualityInspector} with every CSV check on, and prints the peak heap and the GC count: run it
 * with a small {@code -Xmx} to show that the reader does not hold the object in memory. The object is written to a
 * temporary file in chunks and uploaded from it, never held in memory either.
 *
 * <p>Usage: {@code java -Xmx256m -cp bench/target/vigil-bench.jar io.vigil.bench.reader.ReaderHeapCheck}
 */
public final class ReaderHeapCheck {

    public static final String SIZE_PROPERTY = "vigil.bench.heap.mb";

    private static final String BUCKET = "bench-heap";
    private static final String KEY = "sensors/large.csv";
    private static final int DEFAULT_MB = 1024;
    private static final long MB = 1024 * 1024;

    private ReaderHeapCheck() {}

    public static void main(String[] args) throws Exception {
        long megabytes = ReaderBenchSizes.intProperty(System.getProperties(), SIZE_PROPERTY, DEFAULT_MB);
        Path dir = Files.createTempDirectory("vigil-bench-heap-");
        try (BenchS3 s3 = BenchS3.start(BUCKET)) {
            Path file = dir.resolve("large.csv");
            long size = SensorCsv.writeFile(file, megabytes * MB, 1);
            s3.put(KEY, file);
            Files.delete(file);
            report("after start-up and upload", size, null, 0);

            resetPeaks();
            long gcsBefore = gcCount();
            long start = System.nanoTime();
            DataQualityResult result = new DirectRead(
                            s3.client(),
                            new QualityInspector(Clock.systemUTC(), SensorRules.MAX_TRACKED_ROWS),
                            SensorRules.everyCheck(BUCKET))
                    .check(KEY);
            long nanos = System.nanoTime() - start;
            if (result.getSize() != size) {
                throw new IllegalStateException("read " + result.getSize() + " bytes of " + size);
            }
            report("reading", size, result, gcCount() - gcsBefore);
            System.out.printf(
                    Locale.ROOT, "read in %.1f s (%.1f MB/s)%n", nanos / 1e9, size / (double) MB / (nanos / 1e9));
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static void report(String phase, long size, DataQualityResult result, long gcs) {
        System.out.printf(
                Locale.ROOT,
                "%s: object %d bytes, max heap %d MB, peak used heap %.1f MB (sum of heap pool peaks)%s%n",
                phase,
                size,
                Runtime.getRuntime().maxMemory() / MB,
                peakHeap() / (double) MB,
                result == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                ", %d GCs, %d rows, passed=%s",
                                gcs,
                                result.getRows(),
                                result.getPassed()));
        heapPools()
                .forEach(pool -> System.out.printf(
                        Locale.ROOT,
                        "  %s: peak %.1f MB%n",
                        pool.getName(),
                        pool.getPeakUsage().getUsed() / (double) MB));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }
}
