package io.vigil.api.health;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ready while the Kafka cluster answers {@code describeCluster} within a timeout. */
public final class BrokerReachableCheck implements ReadinessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerReachableCheck.class);

    private final Admin admin;
    private final Duration timeout;

    /**
     * @param admin   a client the caller owns and closes
     * @param timeout how long the broker may take to answer
     */
    public BrokerReachableCheck(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "kafka-broker";
    }

    @Override
    public Optional<String> problem() {
        try {
            Collection<Node> nodes = admin.describeCluster(
                            new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return nodes.isEmpty() ? Optional.of("Kafka reports no brokers") : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("Interrupted while asking Kafka for its brokers");
        } catch (TimeoutException e) {
            return Optional.of("Kafka did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            LOG.debug("describeCluster failed", e);
            return Optional.of(
                    "Kafka did not answer: " + e.getCause().getClass().getSimpleName());
        }
    }
}
