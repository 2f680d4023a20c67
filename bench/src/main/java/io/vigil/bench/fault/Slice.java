package io.vigil.bench.fault;

import java.util.List;

/**
 * One slice of the workload: the objects to store in S3 first, what is sent, in order, and what it must produce;
 * {@code events} counts telemetry readings.
 */
record Slice(int index, List<StoredObject> objects, List<Input> inputs, Expected expected, int events) {

    /** No input at all, for a scenario that only breaks things. */
    static Slice none() {
        return new Slice(-1, List.of(), List.of(), new Expected(), 0);
    }
}
