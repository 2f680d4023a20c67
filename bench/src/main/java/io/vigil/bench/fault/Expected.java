package io.vigil.bench.fault;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the oracle expects: the ids on each output topic, each exactly once, and the answers the API must settle on.
 */
final class Expected {

    private final Map<Output, Set<String>> ids = new EnumMap<>(Output.class);
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    void add(Output output, String id) {
        if (!ids.computeIfAbsent(output, o -> new LinkedHashSet<>()).add(id)) {
            throw new IllegalStateException("The workload predicted " + id + " twice on " + output);
        }
    }

    /** Expects {@code answer}; a later answer for the same path (a running total) replaces it. */
    void answer(Answer answer) {
        answers.put(answer.path(), answer);
    }

    void addAll(Expected other) {
        other.ids.forEach((output, more) -> more.forEach(id -> add(output, id)));
        other.answers.values().forEach(this::answer);
    }

    Collection<Answer> answers() {
        return List.copyOf(answers.values());
    }

    Set<String> of(Output output) {
        return Set.copyOf(ids.getOrDefault(output, Set.of()));
    }

    int total() {
        return ids.values().stream().mapToInt(Set::size).sum();
    }
}
