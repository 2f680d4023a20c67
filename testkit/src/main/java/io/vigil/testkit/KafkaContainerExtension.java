package io.vigil.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Gives tests a {@link KafkaBroker} running in the official Apache Kafka image, one container per test JVM. It runs only
 * under the {@code testcontainers} Maven profile ({@value #ENABLED_PROPERTY}=true) and where a Docker engine answers;
 * otherwise the tests are skipped with the reason, never failed. Every class using it extends the same test contract as
 * an embedded twin, so nothing is covered only here.
 */
public final class KafkaContainerExtension implements ExecutionCondition, ParameterResolver {

    static final String ENABLED_PROPERTY = DockerEngineCondition.ENABLED_PROPERTY;
    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:4.3.1");

    private static final Namespace NAMESPACE = Namespace.create(KafkaContainerExtension.class);

    private final DockerEngineCondition condition;

    public KafkaContainerExtension() {
        this.condition = new DockerEngineCondition();
    }

    KafkaContainerExtension(DockerEngineCondition.DockerProbe docker) {
        this.condition = new DockerEngineCondition(docker);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return condition.evaluateExecutionCondition(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ContainerBroker broker = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("container", key -> ContainerBroker.start(), ContainerBroker.class);
        return broker.kafka();
    }

    /** The container, stopped by JUnit when the root store closes at the end of the test run. */
    private record ContainerBroker(KafkaContainer container) implements AutoCloseable {

        static ContainerBroker start() {
            KafkaContainer container = new KafkaContainer(IMAGE);
            container.start();
            return new ContainerBroker(container);
        }

        KafkaBroker kafka() {
            return container::getBootstrapServers;
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
