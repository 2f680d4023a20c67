package io.vigil.topology.uptime;

import io.vigil.schema.time.EpochMicros;
import io.vigil.topology.uptime.time.Poll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One store's polls as {@value UptimeNames#POLLS_STORE} holds them, packed into a sorted array of longs (the poll's
 * epoch microsecond shifted left, the status in the low bit): at most one poll a millisecond, the later write winning,
 * as in the window store. Eight bytes a poll instead of a decoded record, so a report reads a store's week without
 * going through RocksDB and Avro again.
 */
final class PollTimeline {

    private static final long MICROS_PER_MILLI = 1_000L;

    private long[] packed;
    private int size;

    private PollTimeline(long[] packed, int size) {
        this.packed = packed;
        this.size = size;
    }

    /** @param polls in time order, at most one a millisecond (as a window store fetch returns them) */
    static PollTimeline of(List<Poll> polls) {
        PollTimeline timeline = new PollTimeline(new long[Math.max(polls.size(), 1)], 0);
        polls.forEach(timeline::record);
        return timeline;
    }

    int size() {
        return size;
    }

    /** Adds a poll where its time puts it; one in a millisecond already held replaces that one. */
    void record(Poll poll) {
        long entry = pack(poll);
        long milli = milli(entry);
        int at = firstAtOrAfterMilli(milli);
        if (at < size && milli(packed[at]) == milli) {
            packed[at] = entry;
            return;
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        System.arraycopy(packed, at, packed, at + 1, size - at);
        packed[at] = entry;
        size++;
    }

    /** Forgets the polls before {@code epochMilli}: the window store no longer returns them either. */
    void dropBefore(long epochMilli) {
        int first = firstAtOrAfterMilli(epochMilli);
        if (first > 0) {
            System.arraycopy(packed, first, packed, 0, size - first);
            size -= first;
        }
    }

    /**
     * The polls in {@code [from, to)}, preceded by the latest poll before {@code from}, of those at or after
     * {@code earliestMilli} only: what {@link WindowStorePolls} reads from the window store with the same bounds.
     */
    List<Poll> span(Instant from, Instant to, long earliestMilli) {
        long fromMicros = EpochMicros.of(from);
        long toMicros = EpochMicros.of(to);
        int earliest = firstAtOrAfterMilli(earliestMilli);
        int first = Math.max(earliest, firstAtOrAfterMicros(fromMicros));
        List<Poll> polls = new ArrayList<>();
        if (first > earliest) {
            polls.add(unpack(packed[first - 1]));
        }
        for (int i = first; i < size && (packed[i] >> 1) < toMicros; i++) {
            polls.add(unpack(packed[i]));
        }
        return polls;
    }

    /** Polls are unique by millisecond and sorted, so by microsecond too: one search serves both. */
    private int firstAtOrAfterMilli(long epochMilli) {
        boolean beforeAnyPoll = epochMilli < Long.MIN_VALUE / MICROS_PER_MILLI;
        return beforeAnyPoll ? 0 : firstAtOrAfterMicros(epochMilli * MICROS_PER_MILLI);
    }

    private int firstAtOrAfterMicros(long micros) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if ((packed[mid] >> 1) < micros) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long pack(Poll poll) {
        return (EpochMicros.of(poll.at()) << 1) | (poll.active() ? 1L : 0L);
    }

    private static Poll unpack(long entry) {
        long micros = entry >> 1;
        return new Poll(EpochMicros.toInstant(micros), (entry & 1L) == 1L);
    }

    private static long milli(long entry) {
        return Math.floorDiv(entry >> 1, MICROS_PER_MILLI);
    }
}
