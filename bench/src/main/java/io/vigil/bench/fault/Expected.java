package io.vigil.bench.fault;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The ids the oracle expects on each output topic, each exactly once. */
final class Expected {

    private final Map<Output, Set<String>> ids = new EnumMap<>(Output.class);

    void add(Output output, String id) {
        if (!ids.computeIfAbsent(output, o -> new LinkedHashSet<>()).add(id)) {
            throw new IllegalStateException("The workload predicted " + id + " twice on " + output);
        }
    }

    void addAll(Expected other) {
        other.ids.forEach((output, more) -> more.forEach(id -> add(output, id)));
    }

    Set<String> of(Output output) {
        return Set.copyOf(ids.getOrDefault(output, Set.of()));
    }

    int total() {
        return ids.values().stream().mapToInt(Set::size).sum();
    }
}
