package io.vigil.connectors.s3;

import io.vigil.connectors.common.CommittingPollLoop;
import io.vigil.schema.s3.S3ObjectEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the objects announced on {@code vigil.s3.object-events} for the handlers that want them: at most
 * {@code maxInFlight} at a time, behind a circuit breaker, committing an offset only once every object before it is
 * done. While the breaker is open, or while polled objects wait for a free slot, the partitions are paused: work
 * waits in Kafka and none is dropped. A failed read is tried again; an event no handler can deal with goes to the
 * dead-letter topic.
 *
 * <p>The consumer is used by one poll thread only; reads run on a pool of {@code maxInFlight} worker threads and hand
 * their outcome back through a queue.
 */
public final class ObjectReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ObjectReader.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final String PROCESSOR = "s3-object-reader";

    private final Consumer<String, byte[]> consumer;
    private final Deserializer<S3ObjectEvent> events;
    private final ObjectRouter router;
    private final ObjectReads reads;
    private final DeadLetterWriter deadLetters;
    private final ReaderBreaker breaker;
    private final ObjectReaderSettings settings;
    private final ExecutorService workers;
    private final CommittingPollLoop loop;
    private final PendingWork work = new PendingWork();
    private final BlockingQueue<ReadOutcome> finished = new LinkedBlockingQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int waitingCount;
    private volatile int pausedCount;

    /**
     * @param consumer a consumer of the object-event topic with auto-commit off; the reader owns and closes it
     * @param producer writes results and dead letters; the caller owns it
     * @param deadLetterListener told of each dead letter written
     */
    public ObjectReader(
            Consumer<String, byte[]> consumer,
            org.apache.kafka.clients.producer.Producer<String, byte[]> producer,
            software.amazon.awssdk.services.s3.S3Client s3,
            Deserializer<S3ObjectEvent> events,
            List<ObjectHandler> handlers,
            ObjectReaderSettings settings,
            Clock clock,
            DeadLetterListener deadLetterListener) {
        this.consumer = consumer;
        this.events = events;
        this.router = new ObjectRouter(handlers);
        this.settings = settings;
        this.reads = new ObjectReads(s3, producer, settings.resultTimeout());
        this.deadLetters = new DeadLetterWriter(
                producer, settings.deadLetterTopic(), settings.resultTimeout(), deadLetterListener);
        this.breaker = new ReaderBreaker(settings.breakerFailures(), settings.breakerCooldown(), clock);
        AtomicInteger workerNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.maxInFlight(), task -> {
            Thread thread = new Thread(task, "vigil-object-reader-" + workerNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.loop = new CommittingPollLoop(
                consumer,
                List.of(settings.topic()),
                work,
                new Reading(),
                settings.commitInterval(),
                clock,
                "vigil-object-reader");
    }

    /** Starts polling. */
    public ObjectReader start() {
        loop.start();
        return this;
    }

    /** Stops polling, lets the reads in flight finish (up to the shutdown timeout), commits what is done. */
    @Override
    public void close() {
        loop.close();
    }

    public BreakerStatus breakerStatus() {
        return breaker.status(inFlight.get(), waitingCount, pausedCount);
    }

    /** Closes the breaker at once; the waiting objects are read on the next poll. */
    public void resetBreaker() {
        breaker.reset();
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        work.polled(partition, record.offset());
        List<PendingObject.Claim> claims;
        S3ObjectEvent event;
        try {
            event = events.deserialize(record.topic(), record.value());
            if (event == null) {
                throw new IllegalArgumentException("the record has no value");
            }
            claims = router.claims(event);
        } catch (RuntimeException e) {
            deadLetters.write(record, PROCESSOR, e);
            work.done(partition, record.offset());
            return;
        }
        if (claims.isEmpty()) {
            work.done(partition, record.offset());
        } else {
            work.waitForSlot(new PendingObject(record, event, claims));
        }
    }

    private void startReads() {
        while (work.hasWaiting() && inFlight.get() < settings.maxInFlight() && breaker.tryAcquire()) {
            PendingObject next = work.next();
            inFlight.incrementAndGet();
            workers.execute(() -> finished.add(reads.read(next)));
        }
        waitingCount = work.waitingCount();
    }

    /**
     * While the partitions are paused and reads are in flight, nothing can come from Kafka: waits for a read to finish
     * instead, so a freed slot is refilled at once rather than after a whole poll timeout.
     *
     * @return whether a read finished (and was applied)
     */
    private boolean awaitRead() throws InterruptedException {
        if (pausedCount == 0 || inFlight.get() == 0) {
            return false;
        }
        ReadOutcome outcome = finished.poll(POLL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (outcome == null) {
            return false;
        }
        apply(outcome);
        return true;
    }

    private void applyFinished() {
        ReadOutcome outcome;
        while ((outcome = finished.poll()) != null) {
            apply(outcome);
        }
    }

    private void apply(ReadOutcome outcome) {
        inFlight.decrementAndGet();
        PendingObject object = outcome.object();
        switch (outcome.kind()) {
            case DONE -> {
                breaker.succeeded(outcome.took());
                work.done(object.partition(), object.offset());
            }
            case S3_FAILED -> {
                breaker.failed(outcome.took(), outcome.error());
                log.warn(
                        "Reading s3://{}/{} failed, it will be read again: {}",
                        object.event().getBucket(),
                        object.event().getKey(),
                        outcome.error().toString());
                retry(object);
            }
            case RESULTS_FAILED -> {
                breaker.release();
                log.warn(
                        "Results of s3://{}/{} not written, it will be read again: {}",
                        object.event().getBucket(),
                        object.event().getKey(),
                        outcome.error().toString());
                retry(object);
            }
            case POISON -> {
                breaker.release();
                log.error(
                        "s3://{}/{} could not be handled; it goes to {}",
                        object.event().getBucket(),
                        object.event().getKey(),
                        settings.deadLetterTopic(),
                        outcome.error());
                deadLetters.write(object.record(), PROCESSOR, outcome.error());
                work.done(object.partition(), object.offset());
            }
        }
    }

    private void retry(PendingObject object) {
        if (loop.running()) {
            work.retry(object);
        }
    }

    private void pauseOrResume() {
        Collection<TopicPartition> assigned = consumer.assignment();
        if (breaker.isOpen() || work.hasWaiting()) {
            consumer.pause(assigned);
        } else {
            consumer.resume(consumer.paused());
        }
        pausedCount = consumer.paused().size();
    }

    private final class Reading implements CommittingPollLoop.Work {

        @Override
        public Duration beforePoll() throws InterruptedException {
            applyFinished();
            startReads();
            pauseOrResume();
            return awaitRead() ? Duration.ZERO : POLL_TIMEOUT;
        }

        @Override
        public void accept(ConsumerRecord<String, byte[]> record) {
            ObjectReader.this.accept(record);
        }

        @Override
        public void applyFinished() {
            ObjectReader.this.applyFinished();
        }

        @Override
        public void finishInFlight() {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn(
                            "Reads still running after {}; they will be read again after restart",
                            settings.shutdownTimeout());
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
            applyFinished();
        }
    }
}
