package io.vigil.embedded;

import java.util.ArrayList;
import java.util.List;

/** Closes parts in the reverse of their start order and keeps every failure. */
final class Closer {

    private Closer() {}

    /** Closes {@code parts} from last to first (nulls are skipped) and returns what failed. */
    static List<Exception> closeReversed(List<? extends AutoCloseable> parts) {
        List<Exception> failures = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            AutoCloseable part = parts.get(i);
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /** One exception carrying the first failure as cause and the others as suppressed, or null if none failed. */
    static EmbeddedException combine(String message, List<? extends Throwable> failures) {
        if (failures.isEmpty()) {
            return null;
        }
        EmbeddedException combined = new EmbeddedException(message, failures.get(0));
        failures.subList(1, failures.size()).forEach(combined::addSuppressed);
        return combined;
    }
}
