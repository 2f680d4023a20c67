package io.vigil.embedded;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka cluster in this JVM: KRaft nodes that are each broker and controller, on local ports, with data kept
 * on disk. Starting again on the same data directory brings back topics, records and committed offsets.
 *
 * <pre>{@code
 * try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start(KafkaClusterSpec.singleNode(dir))) {
 *     producerProps.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaClusterSpec spec;
    private final String clusterId;
    private final List<KafkaNode> nodes;
    private final String bootstrapServers;

    private EmbeddedKafkaCluster(KafkaClusterSpec spec, String clusterId, List<NodePorts> ports) {
        this.spec = spec;
        this.clusterId = clusterId;
        this.nodes = IntStream.range(0, spec.nodes())
                .mapToObj(id -> new KafkaNode(id, KafkaNodeConfig.of(spec, ports, id)))
                .toList();
        this.bootstrapServers =
                ports.stream().map(p -> KafkaNodeConfig.HOST + ":" + p.broker()).collect(Collectors.joining(","));
    }

    /**
     * Formats the data directory unless it already holds a cluster, starts every node at once and waits until all
     * brokers are listed in the cluster metadata.
     *
     * @throws PortInUseException if a fixed port is taken
     * @throws EmbeddedException if a node fails to start; the nodes already started are stopped again
     */
    public static EmbeddedKafkaCluster start(KafkaClusterSpec spec) {
        long started = System.nanoTime();
        FreePorts.requireFree(fixedPorts(spec));
        String clusterId = new KafkaStorage(spec).prepare();
        EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(spec, clusterId, NodePorts.resolveAll(spec));
        try {
            Parallel.runAll(
                    "kafka-start",
                    cluster.nodes.stream().<Runnable>map(n -> n::start).toList());
            ClusterProbe.awaitBrokers(cluster.bootstrapServers, cluster.nodeIds(), READY_TIMEOUT);
        } catch (RuntimeException e) {
            cluster.closeAfterFailure(e);
            throw e;
        }
        LOG.info(
                "Kafka cluster {} ({} node{}) started on {} in {} ms",
                clusterId,
                spec.nodes(),
                spec.nodes() == 1 ? "" : "s",
                cluster.bootstrapServers,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return cluster;
    }

    /** The {@code bootstrap.servers} value for clients: every node's client address. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The number of nodes, running or not. */
    public int nodes() {
        return nodes.size();
    }

    /** The cluster id, kept in the nodes' {@code meta.properties} across restarts. */
    public String clusterId() {
        return clusterId;
    }

    /** The spec this cluster was started from. */
    public KafkaClusterSpec spec() {
        return spec;
    }

    /** Whether node {@code nodeId} is running. */
    public boolean isRunning(int nodeId) {
        return node(nodeId).running();
    }

    /** Stops one node (controlled shutdown), e.g. to test fail-over; does nothing if it is stopped already. */
    public void stopNode(int nodeId) {
        node(nodeId).stop();
        LOG.info("Kafka node {} stopped", nodeId);
    }

    /** Starts a stopped node again on its ports and data, and waits until its broker is back in the metadata. */
    public void startNode(int nodeId) {
        node(nodeId).start();
        ClusterProbe.awaitBrokers(bootstrapServers, Set.of(nodeId), READY_TIMEOUT);
        LOG.info("Kafka node {} started", nodeId);
    }

    /**
     * Stops every node at the same time and waits for them.
     *
     * @throws EmbeddedException if a node failed to stop; the other nodes are stopped anyway
     */
    @Override
    public void close() {
        Parallel.runAll("kafka-stop", nodes.stream().<Runnable>map(n -> n::stop).toList());
        LOG.info("Kafka cluster {} on {} stopped", clusterId, bootstrapServers);
    }

    private void closeAfterFailure(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private KafkaNode node(int nodeId) {
        spec.requireNode(nodeId);
        return nodes.get(nodeId);
    }

    private Set<Integer> nodeIds() {
        return nodes.stream().map(KafkaNode::id).collect(Collectors.toSet());
    }

    private static Map<String, Integer> fixedPorts(KafkaClusterSpec spec) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int node = 0; node < spec.nodes(); node++) {
            ports.put("Kafka node " + node + " broker", spec.brokerPortOf(node));
            ports.put("Kafka node " + node + " controller", spec.controllerPortOf(node));
        }
        return ports;
    }
}
