package io.vigil.connectors.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class ObjectReadsTest {

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private FakeS3 s3;

    @BeforeEach
    void startS3() throws Exception {
        s3 = new FakeS3();
    }

    @AfterEach
    void stopS3() {
        s3.close();
    }

    @Test
    void shouldRetryThrottlingAndServerErrorsWithBackoffUntilTheObjectIsRead() {
        s3.then(FakeS3.Response.error(503, "SlowDown"))
                .then(FakeS3.Response.error(500, "InternalError"))
                .then(FakeS3.Response.object("text/csv", "a,b\n1,2\n"));
        RecordingJob job = new RecordingJob("results", true);

        ReadOutcome outcome = read(job, 4);

        assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.DONE);
        assertThat(s3.requests()).isEqualTo(3);
        assertThat(results()).containsExactly("read:a,b\n1,2\n");
        assertThat(job.seen.get(0).contentType()).isEqualTo("text/csv");
        assertThat(job.seen.get(0).contentLength()).isEqualTo(8);
        assertThat(job.seen.get(0).lastModified()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void shouldReportAFailureWhenS3KeepsFailingAfterEveryAttempt() {
        s3.then(FakeS3.Response.error(503, "SlowDown"));

        ReadOutcome outcome = read(new RecordingJob("results", true), 3);

        assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.S3_FAILED);
        assertThat(s3.requests()).isEqualTo(3);
        assertThat(results()).isEmpty();
    }

    @Test
    void shouldRecordADeletedObjectAsAnOutcomeNotAFailure() {
        s3.then(FakeS3.Response.error(404, "NoSuchKey"));

        ReadOutcome outcome = read(new RecordingJob("results", true), 4);

        assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.DONE);
        assertThat(s3.requests()).as("a 404 is not retried").isEqualTo(1);
        assertThat(results()).containsExactly("missing:NO_SUCH_KEY");
    }

    @Test
    void shouldRecordAMissingBucketAsAnOutcomeNotAFailure() {
        s3.then(FakeS3.Response.error(404, "NoSuchBucket"));

        ReadOutcome outcome = read(new RecordingJob("results", true), 4);

        assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.DONE);
        assertThat(results()).containsExactly("missing:NO_SUCH_BUCKET");
    }

    @Test
    void shouldAskOnlyForTheHeadersWhenNoJobNeedsTheBody() {
        s3.then(FakeS3.Response.object("application/json", "{}"));
        RecordingJob job = new RecordingJob("results", false);

        ReadOutcome outcome = read(job, 4);

        assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.DONE);
        assertThat(results()).containsExactly("read:");
        assertThat(job.seen.get(0).contentType()).isEqualTo("application/json");
    }

    @Test
    void shouldTellAPoisonObjectFromAnS3Failure() {
        s3.then(FakeS3.Response.object("text/csv", "x"));
        ObjectJob failing = new RecordingJob("results", true) {
            @Override
            public void read(ObjectFacts object, InputStream body, ResultSink results) {
                throw new IllegalStateException("cannot handle this object");
            }
        };

        ReadOutcome outcome = read(failing, 4);

        assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.POISON);
        assertThat(outcome.error()).hasMessage("cannot handle this object");
    }

    @Test
    void shouldNotCountAnObjectDoneWhileItsResultsAreNotAcknowledged() {
        MockProducer<String, byte[]> failing =
                new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        s3.then(FakeS3.Response.object("text/csv", "x"));
        try (S3Client client = s3.settings(1).client()) {
            ObjectReads reads = new ObjectReads(client, failing, Duration.ofMillis(200));

            ReadOutcome outcome = reads.read(pending(new RecordingJob("results", true)));

            assertThat(outcome.kind()).isEqualTo(ReadOutcome.Kind.RESULTS_FAILED);
        }
    }

    private ReadOutcome read(ObjectJob job, int maxAttempts) {
        try (S3Client client = s3.settings(maxAttempts).client()) {
            return new ObjectReads(client, producer, Duration.ofSeconds(5)).read(pending(job));
        }
    }

    private static PendingObject pending(ObjectJob job) {
        S3ObjectEvent event = S3ObjectEvent.newBuilder()
                .setBucket("landing")
                .setKey("in/readings.csv")
                .setSize(8)
                .setEventName("ObjectCreated:Put")
                .setEventTime(Instant.parse("2026-11-23T09:00:00Z"))
                .setSource(S3EventSource.SQS)
                .build();
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("events", 0, 0, "landing/in/readings.csv", null);
        return new PendingObject(record, event, List.of(new PendingObject.Claim("test", job)));
    }

    private List<String> results() {
        return producer.history().stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                .toList();
    }
}
