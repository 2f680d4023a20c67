package io.vigil.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.api.TestApi;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

    private final AtomicReference<Optional<String>> streamsProblem = new AtomicReference<>(Optional.empty());
    private final TestApi api = TestApi.start(
            List.of(),
            List.of(
                    check("kafka-streams", streamsProblem),
                    check("kafka-broker", new AtomicReference<>(Optional.empty()))));

    private static ReadinessCheck check(String name, AtomicReference<Optional<String>> problem) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> problem() {
                return problem.get();
            }
        };
    }

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void shouldBeLiveWhateverTheChecksSay() {
        streamsProblem.set(Optional.of("Kafka Streams is REBALANCING, not RUNNING"));

        HttpResponse<String> response = api.send(api.request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldBeReadyWhenEveryCheckHolds() {
        HttpResponse<String> response = api.send(api.request("/ready").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"READY\"}");
    }

    @Test
    void shouldAnswer503NamingTheFailingCheck() {
        streamsProblem.set(Optional.of("Kafka Streams is REBALANCING, not RUNNING"));

        HttpResponse<String> response = api.send(api.request("/ready").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body())
                .contains("\"error\":\"unavailable\"", "kafka-streams: Kafka Streams is REBALANCING")
                .doesNotContain("kafka-broker");
    }
}
