package io.vigil.api.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.error.ApiException;
import io.vigil.schema.registry.FingerprintSchemaRegistry;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.schema.telemetry.TelemetryBatch;
import io.vigil.schema.telemetry.TelemetryEvent;
import io.vigil.topology.telemetry.TelemetryNames;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelemetryBatchReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static final AvroSerde<TelemetryBatch> BATCHES =
            AvroSerde.of(TelemetryBatch.class, new FingerprintSchemaRegistry());

    private final ObjectMapper json = new ObjectMapper();
    private final TelemetryBatchReader reader = new TelemetryBatchReader(json.getFactory(), 3, Duration.ofMinutes(5));

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
        assertThat(events(read)).hasSize(2);
        assertThat(events(read).get(0).getTs()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123456Z"));
        assertThat(events(read).get(0).getData())
                .containsEntry("t", 21.5)
                .containsEntry("n", 3.0)
                .containsEntry("s", "ok")
                .containsEntry("b", true)
                .containsEntry("x", null);
        assertThat(events(read).get(1).getTs()).isEqualTo(Instant.parse("2026-11-23T10:00:01Z"));
    }

    @Test
    void refusesTheWholeBatchNamingEveryFieldAtFault() throws Exception {
        byte[] bad = body(
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
        byte[] ancient = body("{\"device_external_id\":\"d\",\"events\":[{\"ts\":\"-999999999-01-01T00:00:00Z\","
                + "\"data\":{\"t\":1}}]}");

        assertThatThrownBy(() -> reader.read(ancient, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("events[0].ts");
    }

    @Test
    void answers413AboveTheEventLimit() throws Exception {
        String event = "{\"ts\":\"2026-11-23T10:00:00Z\",\"data\":{\"t\":1}}";
        byte[] tooMany = body(
                "{\"device_external_id\":\"d\",\"events\":[" + String.join(",", event, event, event, event) + "]}");

        assertThatThrownBy(() -> reader.read(tooMany, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The hand-written parser takes the common forms; whatever it leaves, java.time decides, as it did alone. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-23T10:00:00Z",
                "2026-11-23T10:00Z",
                "2026-11-23T10:00",
                "2026-11-23T10:00:00.5+05:30",
                "2026-11-23T10:00:00.123456789-01:00",
                "1969-12-31T23:59:59.999999Z",
                "2026-11-23t10:00:00Z",
                "2026-11-23T10:00:00+01:00:30",
                "2026-11-23T10:00:00.",
                "2026-11-23T10:00:00.000000999Z",
                "0000-01-01T00:00:00Z"
            })
    void takesTimestampsExactlyAsJavaTimeDoes(String ts) {
        TelemetryBatchReader.Read read = reader.read(
                body("{\"device_external_id\":\"d\",\"events\":[{\"ts\":\"" + ts + "\",\"data\":{}}]}"),
                Instant.MAX.minusSeconds(3600));

        assertThat(events(read).get(0).getTs()).isEqualTo(javaTime(ts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1]", "\"text\"", "{\"device_external_id\":\"d\",", "{} {", "\u0000"})
    void answers400WhenTheBodyIsNotOneJsonObject(String text) {
        assertThatThrownBy(() -> reader.read(body(text), NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void namesUnknownFieldsAndWrongTypesAtEveryLevel() {
        assertThatThrownBy(() -> reader.read(
                        body("{\"device_external_id\":7,\"extra\":{\"a\":[1]},\"events\":[5,"
                                + "{\"ts\":1,\"data\":{\"t\":\"x\",\"\":1},\"more\":true},{}]}"),
                        NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("device_external_id: must be a string")
                .hasMessageContaining("extra: is not a known field")
                .hasMessageContaining("events[0]: must be an object")
                .hasMessageContaining("events[1].ts: must be an ISO-8601 timestamp")
                .hasMessageContaining("events[1].data.\"\": metric names must be 1 to 128 characters")
                .hasMessageContaining("events[1].\"more\": is not a known field")
                .hasMessageContaining("events[2].ts: must be an ISO-8601 timestamp")
                .hasMessageContaining("events[2].data: must be a JSON object")
                .message()
                .doesNotContain("is required");
    }

    private static Instant javaTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException noOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The events read, as the topology will decode them from the record the API writes. */
    static List<TelemetryEvent> events(TelemetryBatchReader.Read read) {
        byte[] batch = read.events().batch(BATCHES.header(TelemetryNames.EVENTS_TOPIC), "b", "p", "d", 0);
        return BATCHES.deserialize(TelemetryNames.EVENTS_TOPIC, batch).getEvents();
    }
}
