package io.vigil.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a container test only under the {@code testcontainers} Maven profile ({@value #ENABLED_PROPERTY}=true) and where
 * a Docker engine answers; otherwise skips it with the reason, never fails it.
 */
public final class DockerEngineCondition implements ExecutionCondition {

    static final String ENABLED_PROPERTY = "vigil.testcontainers";

    private final DockerProbe docker;

    public DockerEngineCondition() {
        this(() -> DockerClientFactory.instance().isDockerAvailable());
    }

    DockerEngineCondition(DockerProbe docker) {
        this.docker = docker;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return ConditionEvaluationResult.disabled(
                    "container tests run only with the testcontainers profile (mvn -Ptestcontainers verify)");
        }
        if (!docker.isAvailable()) {
            return ConditionEvaluationResult.disabled("no Docker engine answers here");
        }
        return ConditionEvaluationResult.enabled("Docker engine available");
    }

    @FunctionalInterface
    interface DockerProbe {
        boolean isAvailable();
    }
}
