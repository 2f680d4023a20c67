package io.vigil.embedded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The broker settings of one combined broker+controller node of an {@link EmbeddedKafkaCluster}. */
final class KafkaNodeConfig {

    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String HOST = "localhost";

    private KafkaNodeConfig() {}

    /**
     * @param spec the cluster
     * @param ports the resolved ports of every node, indexed by node id
     * @param nodeId the node to configure
     */
    static Map<String, Object> of(KafkaClusterSpec spec, List<NodePorts> ports, int nodeId) {
        String dir = spec.nodeDir(nodeId).toString();
        NodePorts own = ports.get(nodeId);
        Map<String, Object> props = new HashMap<>(defaults(spec.nodes()));
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(nodeId));
        props.put("log.dirs", dir);
        props.put("metadata.log.dir", dir);
        props.put("controller.quorum.voters", voters(ports));
        props.put("controller.listener.names", KafkaStorage.CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put(
                "listener.security.protocol.map",
                BROKER_LISTENER + ":PLAINTEXT," + KafkaStorage.CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put(
                "listeners",
                BROKER_LISTENER + "://" + HOST + ":" + own.broker() + "," + KafkaStorage.CONTROLLER_LISTENER + "://"
                        + HOST + ":" + own.controller());
        props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + own.broker());
        props.putAll(spec.overrides());
        return props;
    }

    /** Settings that depend only on the cluster size; replication of internal topics follows the node count. */
    static Map<String, String> defaults(int nodes) {
        String replication = Integer.toString(Math.min(nodes, 3));
        String minIsr = nodes >= 3 ? "2" : "1";
        Map<String, String> props = new HashMap<>();
        // The default dedupe buffer is 128 MB of heap per broker, far too much for a developer machine.
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("offsets.topic.replication.factor", replication);
        props.put("transaction.state.log.replication.factor", replication);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("share.coordinator.state.topic.replication.factor", replication);
        props.put("share.coordinator.state.topic.min.isr", minIsr);
        if (nodes > 1) {
            // A restarted node cannot register again until its old session expires (9 s by default), which is what
            // fail-over tests wait for; a single node restarts with its controller, so it keeps Kafka's default.
            props.put("broker.session.timeout.ms", "3000");
            props.put("broker.heartbeat.interval.ms", "500");
        }
        return props;
    }

    private static String voters(List<NodePorts> ports) {
        return IntStream.range(0, ports.size())
                .mapToObj(id -> id + "@" + HOST + ":" + ports.get(id).controller())
                .collect(Collectors.joining(","));
    }
}
