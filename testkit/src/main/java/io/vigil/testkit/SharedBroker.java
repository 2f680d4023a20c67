package io.vigil.testkit;

import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.KafkaClusterSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The test JVM's broker and its temporary data directory, removed together on close. */
final class SharedBroker implements AutoCloseable {

    private final Path dataDir;
    private final EmbeddedKafkaCluster cluster;

    private SharedBroker(Path dataDir, EmbeddedKafkaCluster cluster) {
        this.dataDir = dataDir;
        this.cluster = cluster;
    }

    static SharedBroker start() {
        Path dataDir = createTempDir();
        return new SharedBroker(dataDir, EmbeddedKafkaCluster.start(KafkaClusterSpec.singleNode(dataDir)));
    }

    EmbeddedKafkaCluster cluster() {
        return cluster;
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("vigil-test-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory for the test broker", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test broker's data directory " + dir, e);
        }
    }
}
