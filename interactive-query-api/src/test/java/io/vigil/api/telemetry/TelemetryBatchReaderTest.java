package io.vigil.api.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.error.ApiException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TelemetryBatchReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private final TelemetryBatchReader reader = new TelemetryBatchReader(3, Duration.ofMinutes(5));

    @Test
    void readsEveryKindOfValueAndTakesTimesWithoutOffsetAsUtc() throws Exception {
        TelemetryBatchReader.Read read = reader.read(
                body(
                        """
                {"device_external_id":"d1","events":[
                  {"ts":"2026-11-23T10:00:00.123456+01:00","data":{"t":21.5,"n":3,"s":"ok","b":true,"x":null}},
                  {"ts":"2026-11-23T10:00:01","data":{}}]}"""),
                NOW);

        assertThat(read.externalId()).isEqualTo("d1");
        assertThat(read.events()).hasSize(2);
        assertThat(read.events().get(0).getTs()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123456Z"));
        assertThat(read.events().get(0).getData())
                .containsEntry("t", 21.5)
                .containsEntry("n", 3.0)
                .containsEntry("s", "ok")
                .containsEntry("b", true)
                .containsEntry("x", null);
        assertThat(read.events().get(1).getTs()).isEqualTo(Instant.parse("2026-11-23T10:00:01Z"));
    }

    @Test
    void refusesTheWholeBatchNamingEveryFieldAtFault() throws Exception {
        JsonNode bad = body(
                """
                {"device_external_id":"d1","events":[
                  {"ts":"2026-11-23T10:00:00Z","data":{"t":1}},
                  {"ts":"noon","data":{"t":1}},
                  {"ts":"2026-11-23T13:00:00Z","data":[1]}]}""");

        assertThatThrownBy(() -> reader.read(bad, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("events[1].ts")
                .hasMessageContaining("events[2].ts")
                .hasMessageContaining("future")
                .hasMessageContaining("events[2].data");
    }

    @Test
    void refusesNestedValuesMissingDevicesAndEmptyBatches() throws Exception {
        assertThatThrownBy(() -> reader.read(
                        body("{\"device_external_id\":\"d\",\"events\":[{\"ts\":\"2026-11-23T10:00:00Z\","
                                + "\"data\":{\"a\":{\"b\":1}}}]}"),
                        NOW))
                .hasMessageContaining("events[0].data");
        assertThatThrownBy(() -> reader.read(body("{\"events\":[]}"), NOW))
                .hasMessageContaining("device_external_id")
                .hasMessageContaining("at least one event");
    }

    @Test
    void refusesTimestampsBeyondWhatTheEventsTopicCanHold() throws Exception {
        // TelemetryBatchReaderFuzzTest's contract (what is read can be written) failed on it: the serializer overflowed
        // and the route answered 500
        JsonNode ancient = body("{\"device_external_id\":\"d\",\"events\":[{\"ts\":\"-999999999-01-01T00:00:00Z\","
                + "\"data\":{\"t\":1}}]}");

        assertThatThrownBy(() -> reader.read(ancient, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("events[0].ts");
    }

    @Test
    void answers413AboveTheEventLimit() throws Exception {
        String event = "{\"ts\":\"2026-11-23T10:00:00Z\",\"data\":{\"t\":1}}";
        JsonNode tooMany = body(
                "{\"device_external_id\":\"d\",\"events\":[" + String.join(",", event, event, event, event) + "]}");

        assertThatThrownBy(() -> reader.read(tooMany, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    private JsonNode body(String text) throws Exception {
        return json.readTree(text);
    }
}
