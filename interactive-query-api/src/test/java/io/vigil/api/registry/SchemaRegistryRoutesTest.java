package io.vigil.api.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryRoutesTest {

    private static final String SUBJECT = "vigil.s3.object-events-value";

    private final FingerprintSchemaRegistry registry = new FingerprintSchemaRegistry();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private Javalin javalin;

    @BeforeEach
    void start() {
        javalin = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    new SchemaRegistryRoutes(registry).addTo(config.routes);
                })
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        javalin.stop();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    @Test
    void shouldServeASchemaByIdAsConfluentClientsExpect() throws Exception {
        int id = registry.register(SUBJECT, S3ObjectEvent.getClassSchema());

        HttpResponse<String> response = get("/schemas/ids/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/vnd.schemaregistry.v1+json");
        assertThat(new Schema.Parser().parse(body(response).get("schema").asText()))
                .isEqualTo(S3ObjectEvent.getClassSchema());
    }

    @Test
    void shouldListSubjectsAndTheirVersions() throws Exception {
        registry.register(SUBJECT, S3ObjectEvent.getClassSchema());
        registry.register(SUBJECT, BucketActivity.getClassSchema());
        registry.register("vigil.s3.activity-value", BucketActivity.getClassSchema());

        assertThat(body(get("/subjects")))
                .containsExactly(
                        json.getNodeFactory().textNode("vigil.s3.activity-value"),
                        json.getNodeFactory().textNode(SUBJECT));
        assertThat(get("/subjects/" + SUBJECT + "/versions").body()).isEqualTo("[1,2]");
    }

    @Test
    void shouldAnswerTheLatestAndANumberedVersion() throws Exception {
        int first = registry.register(SUBJECT, S3ObjectEvent.getClassSchema());
        int second = registry.register(SUBJECT, BucketActivity.getClassSchema());

        JsonNode latest = body(get("/subjects/" + SUBJECT + "/versions/latest"));
        JsonNode one = body(get("/subjects/" + SUBJECT + "/versions/1"));

        assertThat(latest.get("subject").asText()).isEqualTo(SUBJECT);
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("id").asInt()).isEqualTo(second);
        assertThat(new Schema.Parser().parse(latest.get("schema").asText())).isEqualTo(BucketActivity.getClassSchema());
        assertThat(one.get("version").asInt()).isEqualTo(1);
        assertThat(one.get("id").asInt()).isEqualTo(first);
        assertThat(body(get("/subjects/" + SUBJECT + "/versions/-1")).get("id").asInt())
                .isEqualTo(second);
    }

    @Test
    void shouldAnswerConfluentErrorCodesForWhatIsNotThere() throws Exception {
        registry.register(SUBJECT, S3ObjectEvent.getClassSchema());

        assertError(get("/schemas/ids/12345"), 404, 40403);
        assertError(get("/subjects/unknown-value/versions"), 404, 40401);
        assertError(get("/subjects/unknown-value/versions/latest"), 404, 40401);
        assertError(get("/subjects/" + SUBJECT + "/versions/9"), 404, 40402);
    }

    @Test
    void shouldRejectIdsAndVersionsThatAreNotNumbers() throws Exception {
        registry.register(SUBJECT, S3ObjectEvent.getClassSchema());

        assertError(get("/schemas/ids/abc"), 422, 42202);
        assertError(get("/subjects/" + SUBJECT + "/versions/first"), 422, 42202);
    }

    @Test
    void shouldAnswerAnEmptySubjectListWhenNothingIsRegistered() throws Exception {
        HttpResponse<String> response = get("/subjects");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    private void assertError(HttpResponse<String> response, int status, int errorCode) throws IOException {
        assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(status);
        JsonNode error = body(response);
        assertThat(error.get("error_code").asInt()).as(response.uri().getPath()).isEqualTo(errorCode);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
