package io.vigil.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;

/**
 * Rejects {@code vigil.*} keys that mean nothing, naming the closest known key: a misspelt setting silently left at
 * its default is a worse failure than a refusal to start.
 */
final class UnknownKeys {

    private static final String PREFIX = "vigil.";
    private static final int MAX_SUGGESTION_DISTANCE = 3;

    private UnknownKeys() {}

    static void reject(Collection<?> given, Set<String> known, String... passthroughPrefixes) {
        List<String> unknown = given.stream()
                .map(String::valueOf)
                .filter(key -> key.startsWith(PREFIX) && !known.contains(key))
                .filter(key -> List.of(passthroughPrefixes).stream().noneMatch(key::startsWith))
                .sorted()
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        String key = unknown.get(0);
        String hint = closest(key, known)
                .map(match -> "; did you mean " + match + "?")
                .orElse("; `vigil config reference` lists every key");
        throw new ConfigException("Unknown setting " + key + hint
                + (unknown.size() > 1
                        ? " (also unknown: " + String.join(", ", unknown.subList(1, unknown.size())) + ")"
                        : ""));
    }

    private static java.util.Optional<String> closest(String key, Set<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(key, candidate)))
                .filter(candidate -> distance(key, candidate) <= MAX_SUGGESTION_DISTANCE);
    }

    /** Levenshtein distance; keys are short, so the quadratic table costs nothing. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
