package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportPart;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which chunks of one kind of one report have come in, by partition: enough to tell whether every partition has
 * answered in full (its last chunk is in, and so is every chunk before it) without reading the parts again.
 */
final class ReportProgress {

    private final Map<Integer, BitSet> chunks = new HashMap<>();
    private final Map<Integer, Integer> lastChunk = new HashMap<>();

    /** Counts a part; one counted before changes nothing. */
    void add(ReportPart part) {
        chunks.computeIfAbsent(part.getPartition(), p -> new BitSet()).set(part.getChunk());
        if (part.getLast()) {
            lastChunk.put(part.getPartition(), part.getChunk());
        }
    }

    /** Calls {@code chunk} for every part counted, by partition and chunk number. */
    void forEachChunk(ChunkVisitor chunk) {
        chunks.forEach((partition, numbers) -> numbers.stream().forEach(number -> chunk.visit(partition, number)));
    }

    @FunctionalInterface
    interface ChunkVisitor {
        void visit(int partition, int chunk);
    }

    /** @param partitions how many partitions were asked: 0 .. partitions - 1 */
    boolean allAnswered(int partitions) {
        for (int partition = 0; partition < partitions; partition++) {
            Integer last = lastChunk.get(partition);
            if (last == null || chunks.get(partition).cardinality() != last + 1) {
                return false;
            }
        }
        return true;
    }
}
