package io.vigil.api.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.api.ApiJson;
import io.vigil.api.TestApi;
import io.vigil.api.uptime.UptimeWriteRoutes;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.trace.CorrelationIds;
import io.vigil.topology.uptime.UptimeSerdes;
import io.vigil.topology.uptime.UptimeSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request id from the HTTP request, through the response header, to the header of every record written. */
class RequestIdsTest {

    private static final String POLL =
            """
            {"polls":[{"store_id":"s1","timestamp":"2023-01-25T17:13:22Z","status":"active"}]}""";

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private MockProducer<String, byte[]> producer;
    private TestApi api;

    @BeforeEach
    void start() {
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        api = TestApi.start(
                List.of(new UptimeWriteRoutes(
                        new TopicWriter(producer, Duration.ofSeconds(5)),
                        UptimeSerdes.of(registry),
                        UptimeSettings.DEFAULTS,
                        Clock.fixed(Instant.parse("2023-01-25T18:00:00Z"), ZoneOffset.UTC),
                        ApiJson.newMapper())),
                List.of());
    }

    @AfterEach
    void stop() {
        api.close();
        registry.close();
    }

    @Test
    void shouldEchoTheCallersIdAndPutItOnTheRecordWritten() {
        HttpResponse<String> response = post("client-7f3a:retry.2");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue(RequestIds.HEADER)).contains("client-7f3a:retry.2");
        assertThat(CorrelationIds.in(producer.history().get(0).headers())).contains("client-7f3a:retry.2");
    }

    @Test
    void shouldReplaceAMalformedIdWithANewOneOnTheResponseAndTheRecord() {
        HttpResponse<String> response = post("x".repeat(65));

        String assigned = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(assigned).hasSize(36).isNotEqualTo("x".repeat(65));
        assertThat(CorrelationIds.in(producer.history().get(0).headers())).contains(assigned);
    }

    @Test
    void shouldGiveARequestWithoutAnIdItsOwn() {
        HttpResponse<String> first = api.send(api.request("/health").GET());
        HttpResponse<String> second = api.send(api.request("/health").GET());

        assertThat(first.headers().firstValue(RequestIds.HEADER)).isPresent();
        assertThat(first.headers().firstValue(RequestIds.HEADER))
                .isNotEqualTo(second.headers().firstValue(RequestIds.HEADER));
    }

    @Test
    void shouldAcceptOnlyShortIdsOfPlainCharacters() {
        assertThat(RequestIds.idFor("abc-123_X.y:z")).isEqualTo("abc-123_X.y:z");
        assertThat(RequestIds.idFor("has space")).isNotEqualTo("has space");
        assertThat(RequestIds.idFor("line\nbreak")).isNotEqualTo("line\nbreak");
        assertThat(RequestIds.idFor("")).hasSize(36);
        assertThat(RequestIds.idFor(null)).hasSize(36);
    }

    private HttpResponse<String> post(String requestId) {
        return api.send(api.request("/polls")
                .header("X-API-Key", TestApi.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .header(RequestIds.HEADER, requestId)
                .POST(HttpRequest.BodyPublishers.ofString(POLL)));
    }
}
