package io.vigil.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ReaderMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void shouldShowTheReaderBreakersCurrentStateOnly() {
        ReaderMeters.bindBreaker(registry, () -> "OPEN");

        assertThat(registry.get("vigil.reader.breaker.state")
                        .tag("state", "open")
                        .gauge()
                        .value())
                .isEqualTo(1.0);
        assertThat(registry.get("vigil.reader.breaker.state")
                        .tag("state", "closed")
                        .gauge()
                        .value())
                .isZero();
    }
}
