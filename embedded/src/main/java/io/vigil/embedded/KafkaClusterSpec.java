package io.vigil.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link EmbeddedKafkaCluster} looks like: how many combined broker+controller nodes, where their data lives,
 * which ports they listen on and which broker settings to override.
 *
 * <p>Node {@code i} (0-based) listens on {@code brokerPort + i} and {@code controllerPort + i}; a port of 0 means
 * "pick a free port" for every node. Overrides are applied to every node last, so they win over the defaults.
 *
 * @param nodes number of nodes, 1 to {@value #MAX_NODES}; each is both broker and controller (quorum of all nodes)
 * @param dataDir directory holding one sub-directory per node; kept data is reused on the next start
 * @param brokerPort first client port, or 0 for random ports
 * @param controllerPort first controller (KRaft quorum) port, or 0 for random ports
 * @param overrides broker settings applied to every node after the defaults
 */
public record KafkaClusterSpec(
        int nodes, Path dataDir, int brokerPort, int controllerPort, Map<String, String> overrides) {

    /** The largest cluster this class starts; more nodes in one JVM would not be an honest test of anything. */
    public static final int MAX_NODES = 9;

    private static final int MAX_PORT = 65_535;

    /** Validates the spec and takes an immutable copy of the overrides. */
    public KafkaClusterSpec {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("nodes must be between 1 and " + MAX_NODES + ", was " + nodes);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        requirePortRange("brokerPort", brokerPort, nodes);
        requirePortRange("controllerPort", controllerPort, nodes);
        if (brokerPort != 0 && controllerPort != 0 && overlaps(brokerPort, controllerPort, nodes)) {
            throw new IllegalArgumentException("broker ports " + range(brokerPort, nodes) + " overlap controller ports "
                    + range(controllerPort, nodes));
        }
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    /** One node on random ports, storing its data under {@code dataDir}. */
    public static KafkaClusterSpec singleNode(Path dataDir) {
        return new KafkaClusterSpec(1, dataDir, 0, 0, Map.of());
    }

    /** Three nodes (a quorum of three) on random ports, storing their data under {@code dataDir}. */
    public static KafkaClusterSpec threeNodes(Path dataDir) {
        return new KafkaClusterSpec(3, dataDir, 0, 0, Map.of());
    }

    /** This spec with fixed first ports (0 keeps a port random). */
    public KafkaClusterSpec withPorts(int brokerPort, int controllerPort) {
        return new KafkaClusterSpec(nodes, dataDir, brokerPort, controllerPort, overrides);
    }

    /** This spec with {@code more} added to (and replacing keys of) its overrides. */
    public KafkaClusterSpec withOverrides(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new KafkaClusterSpec(nodes, dataDir, brokerPort, controllerPort, merged);
    }

    /** The fixed client port of node {@code nodeId}, or 0 when the spec asks for a random one. */
    public int brokerPortOf(int nodeId) {
        return portOf(brokerPort, nodeId);
    }

    /** The fixed controller port of node {@code nodeId}, or 0 when the spec asks for a random one. */
    public int controllerPortOf(int nodeId) {
        return portOf(controllerPort, nodeId);
    }

    /** The directory of node {@code nodeId}: its log directory and its metadata log directory. */
    public Path nodeDir(int nodeId) {
        requireNode(nodeId);
        return dataDir.resolve("node-" + nodeId);
    }

    /** Fails unless {@code nodeId} is a node of this spec. */
    public void requireNode(int nodeId) {
        if (nodeId < 0 || nodeId >= nodes) {
            throw new IllegalArgumentException("no node " + nodeId + " in a cluster of " + nodes);
        }
    }

    private int portOf(int first, int nodeId) {
        requireNode(nodeId);
        return first == 0 ? 0 : first + nodeId;
    }

    private static void requirePortRange(String name, int first, int nodes) {
        if (first < 0 || first + nodes - 1 > MAX_PORT) {
            throw new IllegalArgumentException(name + " range " + range(first, nodes) + " is not a valid port range");
        }
    }

    private static boolean overlaps(int a, int b, int nodes) {
        return a < b + nodes && b < a + nodes;
    }

    private static String range(int first, int nodes) {
        return nodes == 1 ? Integer.toString(first) : first + "-" + (first + nodes - 1);
    }
}
