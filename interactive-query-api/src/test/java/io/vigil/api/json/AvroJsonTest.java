package io.vigil.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    private final AvroJson avroJson = new AvroJson();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldWriteASpecificRecordAsPlainJson() throws Exception {
        BucketActivity activity = BucketActivity.newBuilder()
                .setBucket("landing")
                .setObjectCount(3)
                .setTotalBytes(4096)
                .setLastKey("2026/11/22/file.csv")
                .setLastEventTime(Instant.parse("2026-11-22T10:15:30.123Z"))
                .build();

        String json = mapper.writeValueAsString(avroJson.toJson(activity));

        assertThat(json)
                .isEqualTo("{\"bucket\":\"landing\",\"objectCount\":3,\"totalBytes\":4096,"
                        + "\"lastKey\":\"2026/11/22/file.csv\",\"lastEventTime\":\"2026-11-22T10:15:30.123Z\"}");
    }

    @Test
    void shouldWriteNullUnionsAsNull() {
        BucketActivity empty = BucketActivity.newBuilder().setBucket("empty").build();

        JsonNode json = avroJson.toJson(empty);

        assertThat(json.get("lastKey").isNull()).isTrue();
        assertThat(json.get("lastEventTime").isNull()).isTrue();
        assertThat(json.get("objectCount").asLong()).isZero();
    }

    @Test
    void shouldWriteEnumsAsTheirSymbol() {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket("b")
                .setKey("k")
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.ofEpochMilli(0))
                .setSource(S3EventSource.SNS)
                .build();

        JsonNode json = avroJson.toJson(event);

        assertThat(json.get("source").asText()).isEqualTo("SNS");
        assertThat(json.get("eventTime").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(json.has("schema")).isFalse();
    }

    @Test
    void shouldWriteGenericRecordsWithNestedUnionsCollectionsAndBytes() {
        Schema schema = new Schema.Parser()
                .parse("{\"type\":\"record\",\"name\":\"Outer\",\"namespace\":\"t\",\"fields\":["
                        + "{\"name\":\"inner\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"Inner\","
                        + "\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}]},"
                        + "{\"name\":\"choice\",\"type\":[\"null\",\"long\",\"string\"]},"
                        + "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},"
                        + "{\"name\":\"counts\",\"type\":{\"type\":\"map\",\"values\":\"double\"}},"
                        + "{\"name\":\"raw\",\"type\":\"bytes\"},"
                        + "{\"name\":\"at\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
                        + "{\"name\":\"ok\",\"type\":\"boolean\"}]}");
        GenericRecord inner = new GenericData.Record(
                schema.getField("inner").schema().getTypes().get(1));
        inner.put("n", 7);
        GenericRecord outer = new GenericData.Record(schema);
        outer.put("inner", inner);
        outer.put("choice", "text");
        outer.put("tags", List.of("a", "b"));
        outer.put("counts", Map.of("x", 1.5));
        outer.put("raw", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        outer.put("at", 86_400_000L);
        outer.put("ok", true);

        JsonNode json = avroJson.toJson(outer);

        assertThat(json.get("inner").get("n").asInt()).isEqualTo(7);
        assertThat(json.get("choice").asText()).isEqualTo("text");
        assertThat(json.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(json.get("counts").get("x").asDouble()).isEqualTo(1.5);
        assertThat(json.get("raw").asText()).isEqualTo("AQID");
        assertThat(json.get("at").asText()).isEqualTo("1970-01-02T00:00:00Z");
        assertThat(json.get("ok").asBoolean()).isTrue();
    }
}
