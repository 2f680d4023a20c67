package io.vigil.api.tenancy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits until a write has come back through its topic into the global store this instance reads, so that a created
 * entity can be answered as stored and used at once by the next request to the same instance.
 */
final class Visibility {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(2).toNanos();
    private static final long LONGEST_PAUSE_NANOS = Duration.ofMillis(100).toNanos();

    private Visibility() {}

    /**
     * The value once {@code read} finds one that {@code written} accepts (the write itself, not an older value), or
     * empty when none has appeared within {@link #TIMEOUT}.
     */
    static <T> Optional<T> await(Supplier<Optional<T>> read, Predicate<T> written) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            Optional<T> value = read.get().filter(written);
            if (value.isPresent() || System.nanoTime() - deadline > 0) {
                return value;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }
}
