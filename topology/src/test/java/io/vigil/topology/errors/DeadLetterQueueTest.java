package io.vigil.topology.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.errors.DeadLetterHeaders;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopologyTestHarness;
import io.vigil.topology.ingress.IngressNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterQueueTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldKeepProcessingAfterAnUndeserialisableRecord() {
        try (VigilTopologyTestHarness harness = new VigilTopologyTestHarness(stateDir)) {
            var raw = harness.driver()
                    .createInputTopic(
                            VigilTopics.S3_OBJECT_EVENTS, new ByteArraySerializer(), new ByteArraySerializer());
            var events = harness.driver()
                    .createInputTopic(
                            VigilTopics.S3_OBJECT_EVENTS,
                            new StringSerializer(),
                            AvroSerde.of(S3ObjectEvent.class, harness.registry()));
            byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

            raw.pipeInput("landing/x.csv".getBytes(StandardCharsets.UTF_8), garbage);
            events.pipeInput(
                    "landing/a.csv",
                    S3ObjectEvent.newBuilder()
                            .setBucket("landing")
                            .setKey("a.csv")
                            .setEventName("ObjectCreated:Put")
                            .setEventTime(Instant.parse("2026-11-22T08:00:00Z"))
                            .setSource(S3EventSource.API)
                            .build());

            KeyValueStore<String, BucketActivity> activity =
                    harness.driver().getKeyValueStore(IngressNames.BUCKET_ACTIVITY_STORE);
            assertThat(activity.get("landing").getObjectCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldCountAnUndeserialisableRecordBySourceTopicAndReason() {
        try (VigilTopologyTestHarness harness = new VigilTopologyTestHarness(stateDir)) {
            var raw = harness.driver()
                    .createInputTopic(
                            VigilTopics.S3_OBJECT_EVENTS, new ByteArraySerializer(), new ByteArraySerializer());

            raw.pipeInput(
                    "landing/x.csv".getBytes(StandardCharsets.UTF_8), "not avro".getBytes(StandardCharsets.UTF_8));

            assertThat(harness.meters()
                            .get("vigil.dlq.records")
                            .tag("source", "deserialization")
                            .tag("topic", VigilTopics.S3_OBJECT_EVENTS)
                            .counter()
                            .count())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void shouldResumeWithTheOriginalBytesAndTheirOriginForTheDlq() {
        byte[] key = "landing/x.csv".getBytes(StandardCharsets.UTF_8);
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        var record = new ConsumerRecord<>(VigilTopics.S3_OBJECT_EVENTS, 3, 42L, key, garbage);

        var response = new DeadLetterDeserializationHandler()
                .handleError(new FixedContext(key, garbage), record, new SerializationException("bad magic byte"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        List<ProducerRecord<byte[], byte[]>> dead = response.deadLetterQueueRecords();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).topic()).isEqualTo(VigilTopics.DLQ);
        assertThat(dead.get(0).key()).isEqualTo(key);
        assertThat(dead.get(0).value()).isEqualTo(garbage);
        Headers headers = dead.get(0).headers();
        assertThat(header(headers, DeadLetterHeaders.TOPIC)).isEqualTo(VigilTopics.S3_OBJECT_EVENTS);
        assertThat(header(headers, DeadLetterHeaders.PARTITION)).isEqualTo("3");
        assertThat(header(headers, DeadLetterHeaders.OFFSET)).isEqualTo("42");
        assertThat(header(headers, DeadLetterHeaders.CLASS)).isEqualTo(SerializationException.class.getName());
        assertThat(header(headers, DeadLetterHeaders.MESSAGE)).isEqualTo("bad magic byte");
        assertThat(header(headers, DeadLetterHeaders.PROCESSOR)).isEqualTo("ingress-read-object-events");
        assertThat(header(headers, "trace")).isEqualTo("kept");
    }

    /** The context Kafka Streams hands a handler for a record read from partition 3, offset 42. */
    private record FixedContext(byte[] sourceRawKey, byte[] sourceRawValue) implements ErrorHandlerContext {
        @Override
        public String topic() {
            return VigilTopics.S3_OBJECT_EVENTS;
        }

        @Override
        public int partition() {
            return 3;
        }

        @Override
        public long offset() {
            return 42;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders().add("trace", "kept".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String processorNodeId() {
            return "ingress-read-object-events";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 3);
        }

        @Override
        public long timestamp() {
            return 0;
        }
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
