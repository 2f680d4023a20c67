package io.vigil.bench.uptime;

import io.vigil.bench.harness.GroupProgress;
import io.vigil.bench.harness.Harness;
import io.vigil.bench.sensor.BenchVigil;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.time.Poll;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;

/**
 * Polls per second through the topology (candidate: N polls produced straight to {@code vigil.uptime.polls}, timed
 * until the topology's committed offsets cover them all: each stored in the poll store and the store directory under
 * exactly-once) against the same polls produced to a copy of the topic with as many partitions and read back and
 * decoded by a plain consumer, nothing else (baseline). Each round sends new polls, a millisecond apart, spread over
 * the stores in turn.
 */
public final class UptimePollsHarness implements Harness {

    static final String RAW_TOPIC = "bench.uptime.polls-raw";

    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(30);
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;
    private static final long SEED = 17;

    private final BenchVigil vigil;
    private final Admin admin;
    private final UptimeTopicWriter writer;
    private final RawPollReader reader;
    private final GroupProgress progress;
    private final String[] stores;
    private final int polls;
    /** A day back, so that no round's polls lie in the future. */
    private final Instant start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);

    private long candidateRounds;
    private long baselineRounds;

    private UptimePollsHarness(BenchVigil vigil, Admin admin, List<TopicPartition> partitions, UptimeBenchSizes sizes)
            throws Exception {
        this.vigil = vigil;
        this.admin = admin;
        this.writer = new UptimeTopicWriter(vigil.bootstrapServers());
        this.reader = new RawPollReader(vigil.bootstrapServers(), partitions, writer.serdes());
        this.progress = new GroupProgress(admin, vigil.applicationId(), Duration.ofMillis(100));
        this.stores = storeIds(sizes.stores());
        this.polls = sizes.polls();
    }

    /** Starts Vigil and creates the copy of the polls topic (not timed). */
    public static UptimePollsHarness create(UptimeBenchSizes sizes) {
        BenchVigil vigil = BenchVigil.start();
        Admin admin = LoadedUptime.admin(vigil);
        try {
            int partitions = admin.describeTopics(List.of(UptimeNames.POLLS_TOPIC))
                    .allTopicNames()
                    .get()
                    .get(UptimeNames.POLLS_TOPIC)
                    .partitions()
                    .size();
            admin.createTopics(List.of(new NewTopic(RAW_TOPIC, partitions, (short) 1)))
                    .all()
                    .get();
            List<TopicPartition> raw = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(partition -> new TopicPartition(RAW_TOPIC, partition))
                    .toList();
            return new UptimePollsHarness(vigil, admin, raw, sizes);
        } catch (Exception e) {
            admin.close();
            vigil.close();
            throw new IllegalStateException("cannot set up uptime-polls", e);
        }
    }

    @Override
    public String name() {
        return "uptime-polls";
    }

    @Override
    public String unit() {
        return "polls/s";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public String baselineDescription() {
        return polls + " polls produced to a copy of the topic and read back by a plain consumer";
    }

    @Override
    public String candidateDescription() {
        return polls + " polls produced to " + UptimeNames.POLLS_TOPIC + " over " + stores.length
                + " stores until the topology committed them";
    }

    @Override
    public double measureBaseline() throws Exception {
        reader.toEnd();
        long begin = System.nanoTime();
        Future<Long> read = reader.read(polls);
        send(RAW_TOPIC, baselineRounds++);
        read.get(ROUND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return polls / ((System.nanoTime() - begin) / NANOS_PER_SECOND);
    }

    @Override
    public double measureCandidate() throws Exception {
        long begin = System.nanoTime();
        send(UptimeNames.POLLS_TOPIC, candidateRounds++);
        progress.awaitCaughtUp(List.of(UptimeNames.POLLS_TOPIC), ROUND_TIMEOUT);
        return polls / ((System.nanoTime() - begin) / NANOS_PER_SECOND);
    }

    /** The polls of round {@code round}: the same on both sides, later with each round. */
    private void send(String topic, long round) {
        for (long k = round * polls; k < (round + 1) * polls; k++) {
            writer.sendPoll(topic, stores[(int) (k % stores.length)], new Poll(start.plusMillis(k), k % 17 != 0));
        }
        writer.flush();
    }

    private static String[] storeIds(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        return ids;
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
            admin.close();
        } finally {
            vigil.close();
        }
    }
}
