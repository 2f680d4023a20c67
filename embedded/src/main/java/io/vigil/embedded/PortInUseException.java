package io.vigil.embedded;

import java.util.Map;
import java.util.stream.Collectors;

/** Thrown before anything starts when a fixed port that a part of the platform needs is taken. */
public final class PortInUseException extends EmbeddedException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> ports;

    /**
     * @param ports the ports in use, keyed by what needed them (e.g. {@code "Kafka broker"})
     */
    public PortInUseException(Map<String, Integer> ports) {
        super(message(ports));
        this.ports = Map.copyOf(ports);
    }

    /** The ports in use, keyed by what needed them. */
    public Map<String, Integer> ports() {
        return ports;
    }

    private static String message(Map<String, Integer> ports) {
        String list = ports.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> e.getValue() + " (" + e.getKey() + ")")
                .collect(Collectors.joining(", "));
        return (ports.size() == 1 ? "Port " + list + " is" : "Ports " + list + " are") + " already in use";
    }
}
