package io.vigil.embedded;

import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * One combined broker+controller KRaft node. A stopped node can start again: each start builds a new server from the
 * same settings, so it comes back on the same ports and data directory.
 */
final class KafkaNode {

    private final int id;
    private final Map<String, Object> props;
    private KafkaRaftServer server;

    KafkaNode(int id, Map<String, Object> props) {
        this.id = id;
        this.props = Map.copyOf(props);
    }

    int id() {
        return id;
    }

    synchronized boolean running() {
        return server != null;
    }

    /** Starts the node; returns once its broker is up, which in a quorum needs a majority of the controllers. */
    synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("Kafka node " + id + " is already running");
        }
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            EmbeddedException failure = new EmbeddedException("Kafka node " + id + " failed to start", e);
            try {
                stop(starting);
            } catch (RuntimeException stopFailure) {
                failure.addSuppressed(stopFailure);
            }
            throw failure;
        }
        server = starting;
    }

    /** Stops the node (controlled shutdown while a quorum is there) and waits until it is down. */
    synchronized void stop() {
        if (server != null) {
            KafkaRaftServer stopping = server;
            server = null;
            stop(stopping);
        }
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }
}
