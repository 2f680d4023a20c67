package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformSpecTest {

    private static final Path DIR = Path.of("/var/vigil");

    @Test
    void shouldPlaceKafkaAndS3DataUnderTheDataDirectory() {
        PlatformSpec spec = PlatformSpec.randomPorts(DIR).withPorts(9092, 9090, 9324);

        assertThat(spec.kafka().dataDir()).isEqualTo(DIR.resolve("kafka"));
        assertThat(spec.kafka().nodes()).isEqualTo(1);
        assertThat(spec.kafka().brokerPort()).isEqualTo(9092);
        assertThat(spec.kafka().controllerPort()).isZero();
        assertThat(spec.s3Dir()).isEqualTo(DIR.resolve("s3"));
    }

    @Test
    void shouldRejectTwoPartsOnOneFixedPort() {
        assertThatThrownBy(() -> PlatformSpec.randomPorts(DIR).withPorts(9092, 9092, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot share port 9092");
    }

    @Test
    void shouldAllowSeveralRandomPorts() {
        assertThat(PlatformSpec.randomPorts(DIR).ports()).containsValues(0, 0, 0);
    }

    @Test
    void shouldRejectInvalidPorts() {
        assertThatThrownBy(() -> PlatformSpec.randomPorts(DIR).withPorts(0, 70_000, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("S3 port 70000 is not a valid port");
    }

    @Test
    void shouldRejectInvalidBucketNames() {
        for (String bad : List.of("ab", "Uploads", "-uploads", "up..loads", "up_loads", "x".repeat(64))) {
            assertThatThrownBy(() -> PlatformSpec.randomPorts(DIR).withBuckets(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a valid S3 bucket name: '" + bad + "'");
        }
    }

    @Test
    void shouldRejectInvalidQueueNames() {
        for (String bad : List.of("", "has space", "a\"b", "x".repeat(81), "x".repeat(76) + ".fifo", "q.other")) {
            assertThatThrownBy(() -> PlatformSpec.randomPorts(DIR).withQueues(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a valid SQS queue name: '" + bad + "'");
        }
    }

    @Test
    void shouldAcceptLegalNamesAndCopyTheLists() {
        List<String> queues = new ArrayList<>(List.of("vigil-events", "vigil_ordered.fifo", "x".repeat(80)));
        PlatformSpec spec = PlatformSpec.randomPorts(DIR)
                .withBuckets(List.of("vigil.landing-1", "abc"))
                .withQueues(queues);
        queues.clear();

        assertThat(spec.queues()).hasSize(3);
        assertThat(spec.buckets()).containsExactly("vigil.landing-1", "abc");
    }
}
