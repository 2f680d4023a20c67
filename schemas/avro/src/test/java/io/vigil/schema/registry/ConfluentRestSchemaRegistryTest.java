package io.vigil.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.serde.GeneratedRecords;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a small in-test server speaking the registry's REST shapes under a path prefix, as Apicurio's ccompat API
 * does; it assigns ids 100, 101, ... so that ids visibly come from the server.
 */
class ConfluentRestSchemaRegistryTest {

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, String> schemas = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        GeneratedRecords.trust();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/apis/ccompat/v7/", this::handle);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring("/apis/ccompat/v7/".length());
        requests.add(exchange.getRequestMethod() + " " + path + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        if (path.startsWith("subjects/rejected")) {
            reply(exchange, 409, Map.of("error_code", 409, "message", "Schema being registered is incompatible"));
        } else if (exchange.getRequestMethod().equals("POST")) {
            String schema =
                    json.readTree(exchange.getRequestBody()).get("schema").asText();
            int id = 100 + schemas.size();
            schemas.put(id, schema);
            reply(exchange, 200, Map.of("id", id));
        } else if (path.startsWith("schemas/ids/") && schemas.containsKey(Integer.parseInt(path.substring(12)))) {
            reply(exchange, 200, Map.of("schema", schemas.get(Integer.parseInt(path.substring(12)))));
        } else {
            reply(exchange, 404, Map.of("error_code", 40403, "message", "Schema not found"));
        }
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private ConfluentRestSchemaRegistry client() {
        return new ConfluentRestSchemaRegistry(
                base, Optional.of("user:secret"), HttpClient.newHttpClient(), Duration.ofSeconds(5));
    }

    @Test
    void shouldRegisterThroughTheServerAndLetAFreshClientResolveTheId() {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket("b")
                .setKey("k")
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2026-11-22T00:00:00Z"))
                .build();
        byte[] framed = AvroSerde.of(S3ObjectEvent.class, client()).serialize("vigil.s3.object-events", event);

        S3ObjectEvent read = AvroSerde.of(S3ObjectEvent.class, client()).deserialize("vigil.s3.object-events", framed);

        assertThat(read).isEqualTo(event);
        assertThat(framed[4]).isEqualTo((byte) 100);
        assertThat(requests)
                .contains(
                        "POST subjects/vigil.s3.object-events-value/versions Basic dXNlcjpzZWNyZXQ=",
                        "GET schemas/ids/100 Basic dXNlcjpzZWNyZXQ=");
    }

    @Test
    void shouldCacheSoRepeatedUseCostsNoRequests() {
        ConfluentRestSchemaRegistry registry = client();

        int first = registry.register("t-value", S3ObjectEvent.getClassSchema());
        int again = registry.register("t-value", S3ObjectEvent.getClassSchema());
        registry.schemaById(first);

        assertThat(again).isEqualTo(first);
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldNameCallStatusAndRegistryErrorWhenTheRegistryRefuses() {
        assertThatThrownBy(() -> client().register("rejected-value", S3ObjectEvent.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("Schema registry POST /subjects/rejected-value/versions answered 409 (error_code 409: "
                        + "Schema being registered is incompatible)");
        assertThatThrownBy(() -> client().schemaById(7))
                .hasMessageContaining("GET /schemas/ids/7 answered 404 (error_code 40403: Schema not found)");
        assertThat(client().latest("unknown-value")).isEmpty();
    }

    @Test
    void shouldSayWhenTheRegistryCannotBeReached() {
        server.stop(0);

        assertThatThrownBy(() -> client().schemaById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("Schema registry GET /schemas/ids/1 failed");
    }

    @Test
    void shouldChooseTheRestRegistryOnlyWhenAUrlIsConfigured() {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(SchemaRegistries.create(Optional.empty(), Optional.empty(), http, Duration.ofSeconds(1)))
                .isInstanceOf(FingerprintSchemaRegistry.class);
        assertThat(SchemaRegistries.create(Optional.of(base.toString()), Optional.empty(), http, Duration.ofSeconds(1)))
                .isInstanceOf(ConfluentRestSchemaRegistry.class);
    }
}
