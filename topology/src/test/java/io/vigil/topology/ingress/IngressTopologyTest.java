package io.vigil.topology.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.VigilTopologyTestHarness;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngressTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @TempDir
    Path stateDir;

    private VigilTopologyTestHarness harness;
    private TestInputTopic<String, S3ObjectEvent> events;
    private KeyValueStore<String, BucketActivity> activity;

    @BeforeEach
    void setUp() {
        harness = new VigilTopologyTestHarness(stateDir);
        events = harness.driver()
                .createInputTopic(
                        VigilTopics.S3_OBJECT_EVENTS,
                        new StringSerializer(),
                        AvroSerde.of(S3ObjectEvent.class, harness.registry()));
        activity = harness.driver().getKeyValueStore(IngressNames.BUCKET_ACTIVITY_STORE);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private static S3ObjectEvent.Builder created(String bucket, String key, long size, Instant at) {
        return S3ObjectEvent.newBuilder()
                .setBucket(bucket)
                .setKey(key)
                .setSize(size)
                .setEventName("ObjectCreated:Put")
                .setEventTime(at)
                .setSource(S3EventSource.SQS);
    }

    private void send(S3ObjectEvent event) {
        events.pipeInput(event.getBucket() + "/" + event.getKey(), event, event.getEventTime());
    }

    @Test
    void shouldCountObjectsAndBytesPerBucketAndKeepTheLatestKey() {
        send(created("landing", "a.csv", 10, T0).setSequencer("01").build());
        send(created("landing", "b.csv", 5, T0.plusSeconds(60))
                .setSequencer("02")
                .build());
        send(created("archive", "c.csv", 7, T0).setSequencer("03").build());

        BucketActivity landing = activity.get("landing");
        assertThat(landing.getObjectCount()).isEqualTo(2);
        assertThat(landing.getTotalBytes()).isEqualTo(15);
        assertThat(landing.getLastKey()).isEqualTo("b.csv");
        assertThat(landing.getLastEventTime()).isEqualTo(T0.plusSeconds(60));
        assertThat(activity.get("archive").getObjectCount()).isEqualTo(1);
    }

    @Test
    void shouldNotCountARedeliveredNotificationTwice() {
        S3ObjectEvent event =
                created("landing", "a.csv", 10, T0).setSequencer("0A").build();
        send(event);
        send(event);
        S3ObjectEvent sameEtag =
                created("landing", "b.csv", 3, T0).setEtag("e1").build();
        send(sameEtag);
        send(sameEtag);

        assertThat(activity.get("landing").getObjectCount()).isEqualTo(2);
        assertThat(activity.get("landing").getTotalBytes()).isEqualTo(13);
    }

    @Test
    void shouldCountARewriteOfTheSameKey() {
        send(created("landing", "a.csv", 10, T0).setSequencer("0A").build());
        send(created("landing", "a.csv", 12, T0.plusSeconds(1))
                .setSequencer("0B")
                .build());

        assertThat(activity.get("landing").getObjectCount()).isEqualTo(2);
    }

    @Test
    void shouldNeverDropEventsThatCarryNoIdentity() {
        send(created("landing", "a.csv", 1, T0).build());
        send(created("landing", "a.csv", 1, T0).build());

        assertThat(activity.get("landing").getObjectCount()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreRemovalsAndTombstones() {
        send(created("landing", "a.csv", 10, T0).setSequencer("01").build());
        send(created("landing", "a.csv", 0, T0.plusSeconds(5))
                .setEventName("ObjectRemoved:Delete")
                .setSequencer("02")
                .build());
        events.pipeInput("landing/a.csv", null, T0.plusSeconds(6));

        BucketActivity landing = activity.get("landing");
        assertThat(landing.getObjectCount()).isEqualTo(1);
        assertThat(landing.getLastKey()).isEqualTo("a.csv");
        assertThat(landing.getLastEventTime()).isEqualTo(T0);
    }
}
