package io.vigil.connectors.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ObjectReaderIT {

    private static final String BUCKET = "landing";
    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    static Path s3Dir;

    private static CsvBucket s3;

    @BeforeAll
    static void startS3() {
        s3 = CsvBucket.start(s3Dir, BUCKET);
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Test
    void shouldPauseWhileTheBreakerIsOpenAndReadEveryObjectOnceS3IsBack(EmbeddedKafkaCluster kafka, TestInfo test)
            throws Exception {
        try (ReaderFixture fixture = new ReaderFixture(kafka, TestNames.unique(test));
                TogglingProxy proxy = new TogglingProxy(s3.endpoint())) {
            fixture.ruleFor(BUCKET);
            List<String> keys = List.of("outage/1.csv", "outage/2.csv", "outage/3.csv", "outage/4.csv", "outage/5.csv");
            keys.forEach(key -> put(key, "id,value\n1,2.5\n"));
            proxy.down();
            try (ReaderFixture.Started started = fixture.startReader(
                    proxy.endpoint(), 3, Duration.ofSeconds(2), Duration.ofSeconds(5), quality -> quality)) {
                for (String key : keys) {
                    fixture.announce(BUCKET, key);
                }

                await().atMost(LONG).untilAsserted(() -> {
                    BreakerStatus open = started.reader().breakerStatus();
                    assertThat(open.state()).isEqualTo("OPEN");
                    assertThat(open.pausedPartitions()).isEqualTo(ReaderFixture.PARTITIONS);
                    assertThat(open.waiting()).isPositive();
                });
                assertThat(started.reader().breakerStatus().consecutiveFailures())
                        .as("at least the three failures that open it; how many more (reads in flight, a failed read"
                                + " retried before it opened) depends on timing")
                        .isGreaterThanOrEqualTo(3);
                assertThat(fixture.results())
                        .as("nothing is read, nothing is dropped")
                        .isEmpty();

                proxy.up();

                await().atMost(LONG)
                        .untilAsserted(() -> assertThat(fixture.results()).hasSize(keys.size()));
                assertThat(fixture.results().values()).allMatch(DataQualityResult::getPassed);
                BreakerStatus closed = started.reader().breakerStatus();
                assertThat(closed.state()).isEqualTo("CLOSED");
                assertThat(closed.pausedPartitions()).isZero();
                assertThat(closed.recentTransitions())
                        .extracting(BreakerStatus.Transition::state)
                        .containsSubsequence("OPEN", "HALF_OPEN", "CLOSED");
            }
        }
    }

    @Test
    void shouldRecordObjectsGoneBeforeTheyAreReadWithoutTrippingTheBreaker(EmbeddedKafkaCluster kafka, TestInfo test)
            throws Exception {
        try (ReaderFixture fixture = new ReaderFixture(kafka, TestNames.unique(test))) {
            fixture.ruleFor(BUCKET);
            fixture.ruleFor("no-such-bucket");
            try (ReaderFixture.Started started =
                    fixture.startReader(s3.endpoint(), 1, Duration.ofMinutes(5), Duration.ofSeconds(5), q -> q)) {
                fixture.announce(BUCKET, "deleted-before-read.csv");
                fixture.announce("no-such-bucket", "anything.csv");

                await().atMost(LONG)
                        .untilAsserted(() -> assertThat(fixture.results()).hasSize(2));
                Map<String, DataQualityResult> results = fixture.results();
                assertThat(results.get(BUCKET + "/deleted-before-read.csv").getOutcome())
                        .isEqualTo(ObjectOutcome.NO_SUCH_KEY);
                assertThat(results.get("no-such-bucket/anything.csv").getOutcome())
                        .isEqualTo(ObjectOutcome.NO_SUCH_BUCKET);
                assertThat(started.reader().breakerStatus().state())
                        .as("one failure would have opened this breaker")
                        .isEqualTo("CLOSED");
            }
        }
    }

    @Test
    void shouldReadAnObjectAgainAfterACrashInTheMiddleOfIt(EmbeddedKafkaCluster kafka, TestInfo test) throws Exception {
        try (ReaderFixture fixture = new ReaderFixture(kafka, TestNames.unique(test))) {
            fixture.ruleFor(BUCKET);
            StringBuilder csv = new StringBuilder("id,value\n");
            for (int row = 1; row <= 100_000; row++) {
                csv.append(row).append(',').append(row % 97).append('\n');
            }
            put("big/readings.csv", csv.toString());
            CountDownLatch midway = new CountDownLatch(1);

            try (ReaderFixture.Started crashing = fixture.startReader(
                    s3.endpoint(), 5, Duration.ofMinutes(1), Duration.ofMillis(500), q -> stallingAfter(q, midway))) {
                fixture.announce(BUCKET, "big/readings.csv");
                assertThat(midway.await(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(fixture.results())
                    .as("the interrupted read wrote nothing")
                    .isEmpty();

            try (ReaderFixture.Started again =
                    fixture.startReader(s3.endpoint(), 5, Duration.ofMinutes(1), Duration.ofSeconds(5), q -> q)) {
                await().atMost(LONG)
                        .untilAsserted(() -> assertThat(fixture.results()).hasSize(1));
            }
            DataQualityResult result = fixture.results().get(BUCKET + "/big/readings.csv");
            assertThat(result.getPassed()).isTrue();
            assertThat(result.getRows()).isEqualTo(100_000L);
            assertThat(result.getSize()).isEqualTo(csv.length());
        }
    }

    private static void put(String key, String content) {
        s3.put(key, content);
    }

    /** The handler, but its reads stop for good after 64 KiB (a hung or dying process) until interrupted. */
    private static ObjectHandler stallingAfter(ObjectHandler handler, CountDownLatch midway) {
        return new ObjectHandler() {
            @Override
            public String name() {
                return handler.name();
            }

            @Override
            public Optional<ObjectJob> claim(S3ObjectEvent event) {
                return handler.claim(event).map(job -> new ObjectJob() {
                    @Override
                    public boolean needsBody() {
                        return true;
                    }

                    @Override
                    public void read(ObjectFacts object, InputStream body, ResultSink results) throws IOException {
                        job.read(object, new StallingStream(body, 64 * 1024, midway), results);
                    }

                    @Override
                    public void missing(S3ObjectEvent event, ObjectOutcome outcome, ResultSink results) {
                        job.missing(event, outcome, results);
                    }
                });
            }
        };
    }

    private static final class StallingStream extends FilterInputStream {
        private final CountDownLatch midway;
        private long left;

        StallingStream(InputStream in, long bytes, CountDownLatch midway) {
            super(in);
            this.left = bytes;
            this.midway = midway;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                midway.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException("reader stopped mid-object");
                }
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            left -= Math.max(read, 0);
            return read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }
}
