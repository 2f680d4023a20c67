package io.vigil.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;

/** Waits until a cluster's metadata lists the expected brokers, which is when clients can use it. */
final class ClusterProbe {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int REQUEST_TIMEOUT_MS = 2_000;

    private ClusterProbe() {}

    /**
     * @throws EmbeddedException if {@code expected} are not all listed within {@code timeout}
     */
    static void awaitBrokers(String bootstrapServers, Set<Integer> expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<Integer> seen = Set.of();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS))) {
            while (System.nanoTime() < deadline) {
                seen = brokers(admin);
                if (seen.containsAll(expected)) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedException("interrupted while waiting for Kafka brokers " + expected, e);
        }
        throw new EmbeddedException("Kafka brokers " + expected + " not ready after " + timeout + "; seen " + seen);
    }

    private static Set<Integer> brokers(Admin admin) throws InterruptedException {
        try {
            return admin.describeCluster().nodes().get(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS).stream()
                    .map(Node::id)
                    .collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            // not ready yet: the next poll asks again until the deadline
            return Set.of();
        }
    }
}
