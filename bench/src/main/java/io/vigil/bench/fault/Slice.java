package io.vigil.bench.fault;

import java.util.List;

/** One slice of the workload: what is sent, in order, and what it must produce; {@code events} counts readings. */
record Slice(int index, List<Input> inputs, Expected expected, int events) {}
