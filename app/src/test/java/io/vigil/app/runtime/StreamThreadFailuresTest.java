package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamThreadFailuresTest {

    private static final Instant START = Instant.parse("2026-11-24T04:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(2);

    @Test
    void shouldReplaceAThreadThatFailsAfterAQuietWindow() {
        StreamThreadFailures failures = failuresAt(START, START.plus(WINDOW), START.plus(WINDOW.multipliedBy(3)));

        assertThat(failures.handle(new IllegalStateException("first")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(failures.handle(new IllegalStateException("a window later")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(failures.handle(new IllegalStateException("two windows later")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void shouldShutTheClientDownWhenAThreadFailsAgainWithinTheWindow() {
        StreamThreadFailures failures = failuresAt(START, START.plus(WINDOW).minusMillis(1));

        assertThat(failures.handle(new IllegalStateException("first")))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(failures.handle(new IllegalStateException("again")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    /** A handler whose clock reads {@code instants} in turn, one per failure. */
    private static StreamThreadFailures failuresAt(Instant... instants) {
        Deque<Instant> readings = new ArrayDeque<>(List.of(instants));
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return readings.removeFirst();
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        return new StreamThreadFailures(clock, WINDOW);
    }
}
