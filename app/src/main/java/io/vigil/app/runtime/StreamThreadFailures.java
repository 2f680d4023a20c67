package io.vigil.app.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an instance does when a stream thread dies: it replaces the thread, unless another died less than
 * {@code window} before. A thread that dies again soon after its replacement usually left state behind that only a new
 * process clears: RocksDB locks the dead thread still held, or a store segment still cached as open after it failed
 * to open (KAFKA-20808, in Kafka Streams 4.3.1). Then the client shuts down, and the instance exits for its
 * supervisor (a compose restart policy, Kubernetes) to start it afresh; its tasks move to the other instances
 * meanwhile.
 */
final class StreamThreadFailures implements StreamsUncaughtExceptionHandler {

    static final Duration WINDOW = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(StreamThreadFailures.class);

    private final Clock clock;
    private final Duration window;
    private Instant lastFailure;

    StreamThreadFailures(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable error) {
        Instant now = clock.instant();
        boolean again = lastFailure != null && now.isBefore(lastFailure.plus(window));
        lastFailure = now;
        if (again) {
            log.error(
                    "A stream thread failed again within {} s of the last failure; shutting this instance down for its"
                            + " supervisor to start it afresh",
                    window.toSeconds(),
                    error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        log.error("Stream thread failed; replacing it", error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
