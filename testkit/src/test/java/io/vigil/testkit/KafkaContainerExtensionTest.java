package io.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class KafkaContainerExtensionTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(KafkaContainerExtension.ENABLED_PROPERTY);
    }

    @Test
    void shouldSkipWithoutTheProfileAndNeverAskDocker() {
        KafkaContainerExtension extension = new KafkaContainerExtension(() -> {
            throw new AssertionError("Docker probed although the profile is off");
        });

        ConditionEvaluationResult result = extension.evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get().asString().contains("-Ptestcontainers");
    }

    @Test
    void shouldSkipUnderTheProfileWhenNoDockerEngineAnswers() {
        System.setProperty(KafkaContainerExtension.ENABLED_PROPERTY, "true");

        ConditionEvaluationResult result = new KafkaContainerExtension(() -> false).evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get().asString().contains("no Docker engine");
    }

    @Test
    void shouldRunUnderTheProfileWhenDockerAnswers() {
        System.setProperty(KafkaContainerExtension.ENABLED_PROPERTY, "true");

        assertThat(new KafkaContainerExtension(() -> true)
                        .evaluateExecutionCondition(null)
                        .isDisabled())
                .isFalse();
    }

    @Test
    void shouldUseTheKafkaVersionVigilIsBuiltAgainst() {
        assertThat(KafkaContainerExtension.IMAGE.getVersionPart())
                .isEqualTo(org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }
}
