package io.vigil.embedded;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SQS endpoint in this JVM, on ElasticMQ, bound to the loopback interface. Queues and messages live in memory: they
 * are gone after a restart, so whoever needs queues creates them at start-up ({@link #createQueue(String)}).
 */
public final class EmbeddedSqs implements AutoCloseable {

    /** The region in the queue URLs and ARNs this endpoint hands out. */
    public static final String REGION = "us-east-1";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSqs.class);
    private static final String HOST = "127.0.0.1";

    private final SQSRestServer server;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SqsQueues queues;

    private EmbeddedSqs(SQSRestServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://" + HOST + ":" + port);
        this.queues = new SqsQueues(endpoint);
    }

    /**
     * Starts ElasticMQ and waits until it accepts requests.
     *
     * @param port HTTP port, or 0 for a random one
     * @throws PortInUseException if {@code port} is taken
     */
    public static EmbeddedSqs start(int port) {
        long started = System.nanoTime();
        FreePorts.requireFree(Map.of("SQS", port));
        // The port is fixed before start so that the queue URLs ElasticMQ hands out carry it.
        int bound = port == 0 ? FreePorts.pick() : port;
        SQSRestServer server = SQSRestServerBuilder.withPort(bound)
                .withInterface(HOST)
                .withServerAddress(NodeAddress.apply("http", HOST, bound, ""))
                .withAWSRegion(REGION)
                .start();
        try {
            server.waitUntilStarted();
        } catch (RuntimeException e) {
            EmbeddedException failure = new EmbeddedException("SQS endpoint failed to start on port " + bound, e);
            try {
                server.stopAndWait();
            } catch (RuntimeException stopFailure) {
                failure.addSuppressed(stopFailure);
            }
            throw failure;
        }
        EmbeddedSqs sqs = new EmbeddedSqs(server, bound);
        LOG.info(
                "SQS endpoint started on {} in {} ms",
                sqs.endpoint,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return sqs;
    }

    /** The HTTP endpoint to pass to {@code endpointOverride}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The region clients should sign for. */
    public String region() {
        return REGION;
    }

    /**
     * Creates a queue, or finds it if it exists; names ending in {@code .fifo} make FIFO queues.
     *
     * @return the queue URL
     * @throws IllegalArgumentException if {@code name} is not a legal SQS queue name
     */
    public URI createQueue(String name) {
        return queues.create(name);
    }

    /** Stops ElasticMQ; its queues and messages are dropped. Closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stopAndWait();
        LOG.info("SQS endpoint on {} stopped", endpoint);
    }
}
