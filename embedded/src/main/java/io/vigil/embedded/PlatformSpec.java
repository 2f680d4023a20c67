package io.vigil.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link EmbeddedPlatform} starts: a single-node Kafka broker, an S3 endpoint and an SQS endpoint.
 *
 * @param dataDir root of the platform's data: {@code kafka/} and {@code s3/} below it survive restarts
 * @param kafkaPort the broker's client port, or 0 for a random one
 * @param s3Port the S3 endpoint's HTTP port, or 0 for a random one
 * @param sqsPort the SQS endpoint's HTTP port, or 0 for a random one
 * @param buckets S3 buckets to create unless they exist
 * @param queues SQS queues to create at every start (SQS keeps nothing across restarts)
 */
public record PlatformSpec(
        Path dataDir, int kafkaPort, int s3Port, int sqsPort, List<String> buckets, List<String> queues) {

    /** Validates ports and names and takes immutable copies of the lists. */
    public PlatformSpec {
        Objects.requireNonNull(dataDir, "dataDir");
        requireDistinctPorts(Map.of("Kafka", kafkaPort, "S3", s3Port, "SQS", sqsPort));
        buckets = S3Names.requireBuckets(Objects.requireNonNull(buckets, "buckets"));
        queues = List.copyOf(Objects.requireNonNull(queues, "queues"));
        queues.forEach(SqsQueues::requireName);
    }

    /** Everything on random ports, with no buckets or queues. */
    public static PlatformSpec randomPorts(Path dataDir) {
        return new PlatformSpec(dataDir, 0, 0, 0, List.of(), List.of());
    }

    /** This spec with fixed ports (0 keeps a port random). */
    public PlatformSpec withPorts(int kafkaPort, int s3Port, int sqsPort) {
        return new PlatformSpec(dataDir, kafkaPort, s3Port, sqsPort, buckets, queues);
    }

    /** This spec with these buckets instead of its own. */
    public PlatformSpec withBuckets(List<String> buckets) {
        return new PlatformSpec(dataDir, kafkaPort, s3Port, sqsPort, buckets, queues);
    }

    /** This spec with these queues instead of its own. */
    public PlatformSpec withQueues(List<String> queues) {
        return new PlatformSpec(dataDir, kafkaPort, s3Port, sqsPort, buckets, queues);
    }

    /** The broker's spec: one node under {@code dataDir/kafka}; its controller port is always random. */
    public KafkaClusterSpec kafka() {
        return KafkaClusterSpec.singleNode(dataDir.resolve("kafka")).withPorts(kafkaPort, 0);
    }

    /** Where the S3 endpoint keeps buckets and objects. */
    public Path s3Dir() {
        return dataDir.resolve("s3");
    }

    /** The fixed ports by what needs them; 0 stands for random. */
    Map<String, Integer> ports() {
        return Map.of("Kafka", kafkaPort, "S3", s3Port, "SQS", sqsPort);
    }

    private static void requireDistinctPorts(Map<String, Integer> ports) {
        Map<Integer, String> seen = new HashMap<>();
        ports.forEach((name, port) -> {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + " port " + port + " is not a valid port");
            }
            String other = port == 0 ? null : seen.put(port, name);
            if (other != null) {
                throw new IllegalArgumentException(other + " and " + name + " cannot share port " + port);
            }
        });
    }
}
