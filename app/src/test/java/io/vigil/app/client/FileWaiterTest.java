package io.vigil.app.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The waiting of {@code vigil upload --wait} against a server that plays a file's statuses in turn. */
class FileWaiterTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    private final List<String> answers = new ArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();
    private Javalin server;

    @BeforeEach
    void serve() {
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get("/files/{id}", ctx -> {
                        String answer = answers.get(Math.min(asked.getAndIncrement(), answers.size() - 1));
                        if (answer == null) {
                            ctx.status(404).result("{\"error\":\"not-found\"}");
                        } else {
                            ctx.contentType("application/json").result(answer);
                        }
                    });
                })
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldWaitThroughANotYetVisibleFileAndProcessingUntilTheStatusIsFinal() throws Exception {
        answers.add(null);
        answers.add("{\"status\":\"processing\",\"aggregates\":{\"row_count\":10},\"error_count\":2}");
        answers.add("{\"status\":\"partial\",\"aggregates\":{\"row_count\":30},\"error_count\":3}");
        List<Long> rows = new ArrayList<>();

        FileWaiter.Result result =
                waiter(Duration.ofMillis(10)).await(ID, Instant.now().plusSeconds(30), rows::add);

        assertThat(result.outcome()).isEqualTo(FileOutcome.PARTIAL);
        assertThat(rows).containsExactly(0L, 12L, 33L);
    }

    @Test
    void shouldGiveUpWithTheLastDocumentWhenTheDeadlineComes() throws Exception {
        answers.add("{\"status\":\"processing\",\"aggregates\":{\"row_count\":1},\"error_count\":0}");

        FileWaiter.Result result =
                waiter(Duration.ofMillis(20)).await(ID, Instant.now().plusMillis(200), n -> {});

        assertThat(result.outcome()).isEqualTo(FileOutcome.TIMED_OUT);
        assertThat(result.document().path("status").asText()).isEqualTo("processing");
        assertThat(asked.get()).isPositive();
    }

    private FileWaiter waiter(Duration pollInterval) {
        SensorFilesClient client =
                new SensorFilesClient(URI.create("http://127.0.0.1:" + server.port()), "a.b", Duration.ofSeconds(5));
        return new FileWaiter(client, pollInterval, Clock.systemUTC());
    }
}
