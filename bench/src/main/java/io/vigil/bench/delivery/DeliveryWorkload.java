package io.vigil.bench.delivery;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.s3.S3EventSource;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.GeneratedRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The expectations and object events the delivery harnesses feed the topology, generated from indexes so that every
 * run, and both sides of a harness, see exactly the same records.
 *
 * <p>Stream {@code i} lives in bucket {@code i / streamsPerBucket} under the prefix {@code stream-i/}, is monitored
 * from {@link #START} and has a daily cutoff in UTC at 00:01 plus {@code i % 100} minutes: its sweep group. Every
 * arrival lands in the first minute of its day, before every cutoff. For the sweep, each stream has
 * {@value #HISTORY_DAYS} days of history, one file a day, and then no file on the sweep day: the sweep at
 * {@link #sweepAt sweepAt(g)} finds exactly the 1% of group {@code g} newly overdue. Earlier groups' episodes are
 * open and announced, so the index holds nothing for them, while a full scan still has to look at them.
 */
final class DeliveryWorkload {

    /** The driver's wall clock at start and the instant monitoring starts (a Monday). */
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    /** Days of one file a stream before the sweep day: with 100 000 streams, 1 000 000 arrivals. */
    static final int HISTORY_DAYS = 10;

    /** Sweep groups, each 1% of the streams: how many sweeps one run supports. */
    static final int SWEEP_GROUPS = 100;

    private static final LocalTime FIRST_CUTOFF = LocalTime.of(0, 1);

    private final DeliveryBenchSizes sizes;
    private final int streamsPerBucket;

    DeliveryWorkload(DeliveryBenchSizes sizes) {
        GeneratedRecords.trust();
        this.sizes = sizes;
        this.streamsPerBucket = sizes.streams() / sizes.buckets();
    }

    DeliveryBenchSizes sizes() {
        return sizes;
    }

    int streams() {
        return sizes.streams();
    }

    int dueCount() {
        return sizes.streams() / SWEEP_GROUPS;
    }

    /** The start of the sweep day, after {@value #HISTORY_DAYS} days of history: no stream is due yet. */
    Instant sweepDay() {
        return START.plus(Duration.ofDays(HISTORY_DAYS));
    }

    /** The wall-clock instant of the sweep of group {@code group}: the cutoff of that group on the sweep day. */
    Instant sweepAt(int group) {
        if (group < 0 || group >= SWEEP_GROUPS) {
            throw new IllegalArgumentException("The workload has " + SWEEP_GROUPS + " sweep groups, asked " + group);
        }
        return sweepDay().plus(Duration.between(LocalTime.MIDNIGHT, cutoff(group)));
    }

    String streamKey(int stream) {
        return clientId(stream) + "/" + streamId(stream);
    }

    Expectation expectation(int stream) {
        return Expectation.newBuilder()
                .setClientId(clientId(stream))
                .setStreamId(streamId(stream))
                .setBucket(bucket(stream))
                .setPrefix(streamId(stream) + "/")
                .setTimezone("UTC")
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal(cutoff(stream).toString())
                .setGraceMinutes(0)
                .setActiveFrom(START)
                .setCreatedAt(START)
                .build();
    }

    /** The {@code n}-th arrival: stream {@code n % streams} on day {@code n / streams}, before the stream's cutoff. */
    S3ObjectEvent arrival(long n) {
        return dailyFile(Math.toIntExact(n % sizes.streams()), Math.toIntExact(n / sizes.streams()));
    }

    /** The file of {@code stream} on {@code day} (from {@link #START}), in the first minute of that day. */
    S3ObjectEvent dailyFile(int stream, int day) {
        Instant at = START.plus(Duration.ofDays(day)).plusSeconds(stream % 60);
        String key = streamId(stream) + "/" + at.atOffset(ZoneOffset.UTC).toLocalDate() + "/part-" + day + ".csv";
        return S3ObjectEvent.newBuilder()
                .setBucket(bucket(stream))
                .setKey(key)
                .setSize(1024)
                .setEtag(Integer.toHexString(key.hashCode()))
                .setSequencer(Long.toHexString(at.toEpochMilli()))
                .setEventName("ObjectCreated:Put")
                .setEventTime(at)
                .setSource(S3EventSource.SQS)
                .build();
    }

    /** The record key of an object event on the object-events topic: {@code bucket/key}. */
    static String objectKey(S3ObjectEvent event) {
        return event.getBucket() + "/" + event.getKey();
    }

    private static LocalTime cutoff(int stream) {
        return FIRST_CUTOFF.plusMinutes(stream % SWEEP_GROUPS);
    }

    private String bucket(int stream) {
        return String.format("landing-%05d", stream / streamsPerBucket);
    }

    private String clientId(int stream) {
        return String.format("client-%05d", stream / streamsPerBucket);
    }

    private static String streamId(int stream) {
        return String.format("stream-%07d", stream);
    }
}
