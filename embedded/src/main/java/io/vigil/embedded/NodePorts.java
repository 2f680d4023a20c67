package io.vigil.embedded;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The resolved ports of one Kafka node.
 *
 * @param broker the client (PLAINTEXT) port
 * @param controller the KRaft controller port
 */
record NodePorts(int broker, int controller) {

    /** Resolves the ports of every node: the spec's fixed ones, else distinct free ones picked now. */
    static List<NodePorts> resolveAll(KafkaClusterSpec spec) {
        int random = (spec.brokerPort() == 0 ? spec.nodes() : 0) + (spec.controllerPort() == 0 ? spec.nodes() : 0);
        Iterator<Integer> free = random == 0
                ? List.<Integer>of().iterator()
                : FreePorts.pick(random).iterator();
        List<NodePorts> ports = new ArrayList<>(spec.nodes());
        for (int node = 0; node < spec.nodes(); node++) {
            int broker = spec.brokerPortOf(node);
            int controller = spec.controllerPortOf(node);
            ports.add(new NodePorts(broker == 0 ? free.next() : broker, controller == 0 ? free.next() : controller));
        }
        return List.copyOf(ports);
    }
}
