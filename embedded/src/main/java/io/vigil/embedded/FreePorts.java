package io.vigil.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds free TCP ports and checks that fixed ones are free before anything binds them. */
public final class FreePorts {

    private FreePorts() {}

    /**
     * Returns {@code count} distinct ports that were free a moment ago. The sockets are held open together so that the
     * ports differ; another process could still take one before the caller binds it.
     */
    public static List<Integer> pick(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find " + count + " free ports", e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    /** One port that was free a moment ago. */
    public static int pick() {
        return pick(1).get(0);
    }

    /** Whether {@code port} can be bound on all interfaces right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks that every fixed (non-zero) port is free.
     *
     * @param ports ports keyed by what needs them; 0 means random and is not checked
     * @throws PortInUseException naming every port that is taken
     */
    public static void requireFree(Map<String, Integer> ports) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        ports.forEach((name, port) -> {
            if (port != 0 && !isFree(port)) {
                taken.put(name, port);
            }
        });
        if (!taken.isEmpty()) {
            throw new PortInUseException(taken);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // a probe socket that fails to close changes nothing for the caller
        }
    }
}
