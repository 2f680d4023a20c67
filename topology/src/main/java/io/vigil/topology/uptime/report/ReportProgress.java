package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportPart;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Whether every partition has answered in full: its last chunk is in, and so is every chunk before it. */
final class ReportProgress {

    private ReportProgress() {}

    /**
     * @param parts distinct parts (by partition and chunk) of one kind of one report
     * @param partitions how many partitions were asked: 0 .. partitions - 1
     */
    static boolean allAnswered(Collection<ReportPart> parts, int partitions) {
        Map<Integer, BitSet> chunks = new HashMap<>();
        Map<Integer, Integer> lastChunk = new HashMap<>();
        for (ReportPart part : parts) {
            chunks.computeIfAbsent(part.getPartition(), p -> new BitSet()).set(part.getChunk());
            if (part.getLast()) {
                lastChunk.put(part.getPartition(), part.getChunk());
            }
        }
        for (int partition = 0; partition < partitions; partition++) {
            Integer last = lastChunk.get(partition);
            if (last == null || chunks.get(partition).cardinality() != last + 1) {
                return false;
            }
        }
        return true;
    }
}
