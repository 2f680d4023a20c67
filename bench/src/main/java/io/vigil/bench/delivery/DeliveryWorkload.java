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
import java.util.stream.IntStream;

/**
 * The expectations and object events the delivery harnesses feed the topology, generated from indexes so that every
 * run, and both sides of a harness, see exactly the same records.
 *
 * <p>Stream {@code i} lives in bucket {@code i / streamsPerBucket} under the prefix {@code stream-i/} and has a daily
 * cutoff in UTC. Every hundredth stream (1%) is monitored from {@link #START} with its cutoff at 00:01, so it falls
 * due in the sweep at 00:01 of every day. The others have cutoffs staggered from 01:00 on and, in the sweep workload,
 * are monitored only from {@value #SWEEP_DAYS} days later: each daily sweep of the run finds exactly the 1%.
 */
final class DeliveryWorkload {

    /** The driver's wall clock at start and the instant monitoring starts (a Monday). */
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    /** How many daily sweeps the sweep workload supports before the other 99% fall due too. */
    static final int SWEEP_DAYS = 365;

    private static final int STAGGER_MINUTES = 20 * 60;
    private static final Duration LATE_BY = Duration.ofMinutes(30);

    private final DeliveryBenchSizes sizes;
    private final int streamsPerBucket;
    private final Instant othersActiveFrom;

    private DeliveryWorkload(DeliveryBenchSizes sizes, Instant othersActiveFrom) {
        GeneratedRecords.trust();
        this.sizes = sizes;
        this.streamsPerBucket = sizes.streams() / sizes.buckets();
        this.othersActiveFrom = othersActiveFrom;
    }

    /** Only the 1% is monitored during the {@value #SWEEP_DAYS} days the sweeps run in. */
    static DeliveryWorkload forSweeps(DeliveryBenchSizes sizes) {
        return new DeliveryWorkload(sizes, START.plus(Duration.ofDays(SWEEP_DAYS)));
    }

    /** Every stream is monitored from {@link #START}, so every arrival qualifies. */
    static DeliveryWorkload forArrivals(DeliveryBenchSizes sizes) {
        return new DeliveryWorkload(sizes, START);
    }

    DeliveryBenchSizes sizes() {
        return sizes;
    }

    int streams() {
        return sizes.streams();
    }

    /** The 1% of the streams that fall due at 00:01 every day. */
    IntStream dueStreams() {
        return IntStream.range(0, sizes.streams()).filter(stream -> stream % 100 == 0);
    }

    int dueCount() {
        return sizes.streams() / 100;
    }

    /** The wall-clock instant of the sweep of day {@code day}: the 1% are overdue from then on. */
    Instant sweepAt(int day) {
        return START.plus(Duration.ofDays(day)).plus(SWEEP_INTERVAL);
    }

    String streamKey(int stream) {
        return clientId(stream) + "/" + streamId(stream);
    }

    Expectation expectation(int stream) {
        boolean daily = stream % 100 == 0;
        return Expectation.newBuilder()
                .setClientId(clientId(stream))
                .setStreamId(streamId(stream))
                .setBucket(bucket(stream))
                .setPrefix(streamId(stream) + "/")
                .setTimezone("UTC")
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal(cutoff(stream).toString())
                .setGraceMinutes(0)
                .setActiveFrom(daily ? START : othersActiveFrom)
                .setCreatedAt(START)
                .build();
    }

    /** The {@code n}-th arrival: stream {@code n % streams} on day {@code n / streams}, before the stream's cutoff. */
    S3ObjectEvent arrival(long n) {
        int stream = (int) (n % sizes.streams());
        Instant at = START.plus(Duration.ofDays(n / sizes.streams())).plusSeconds(stream % 60);
        return object(stream, at, "part-" + n);
    }

    /** A file of {@code stream} half an hour after the cutoff of {@code day}: it closes that day's episode. */
    S3ObjectEvent lateArrival(int stream, int day) {
        return object(stream, sweepAt(day).plus(LATE_BY), "late-" + day);
    }

    /** The record key of an object event on the object-events topic: {@code bucket/key}. */
    static String objectKey(S3ObjectEvent event) {
        return event.getBucket() + "/" + event.getKey();
    }

    private S3ObjectEvent object(int stream, Instant at, String name) {
        String key = streamId(stream) + "/" + at.atOffset(ZoneOffset.UTC).toLocalDate() + "/" + name + ".csv";
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

    private LocalTime cutoff(int stream) {
        if (stream % 100 == 0) {
            return LocalTime.MIDNIGHT.plus(SWEEP_INTERVAL);
        }
        return LocalTime.of(1, 0).plusMinutes(stream % STAGGER_MINUTES);
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
