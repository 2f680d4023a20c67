package io.vigil.testkit;

import io.vigil.embedded.EmbeddedKafkaCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real single-node Kafka broker: one per test JVM, started on first use in a temporary directory and
 * stopped (its directory deleted) when the JVM's tests are done. Tests get it as a parameter of type
 * {@link EmbeddedKafkaCluster}, or as a {@link KafkaBroker} when the same test also runs against a container; because the broker is shared, use unique topic names and application ids per test
 * ({@link TestNames}).
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedKafkaExtension.class)
 * class MyIT {
 *     @Test
 *     void shouldDoSomething(EmbeddedKafkaCluster kafka, TestInfo test) { ... }
 * }
 * }</pre>
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(EmbeddedKafkaExtension.class);
    private static final String BROKER = "broker";

    /** Starts the shared broker before the first test of the class, so its start-up is not charged to a test. */
    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedKafkaCluster.class || type == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmbeddedKafkaCluster cluster = cluster(context);
        return parameter.getParameter().getType() == KafkaBroker.class
                ? (KafkaBroker) cluster::bootstrapServers
                : cluster;
    }

    /** The broker shared by every test of this JVM, started if needed. */
    public static EmbeddedKafkaCluster cluster(ExtensionContext context) {
        // The root store lives as long as the test JVM's engine run and closes AutoCloseable values at its end.
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(BROKER, key -> SharedBroker.start(), SharedBroker.class)
                .cluster();
    }
}
