package io.vigil.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the node directories of a cluster: the equivalent of {@code kafka-storage format --ignore-formatted}. A
 * directory that already holds {@code meta.properties} is left alone, so a restart keeps its data, and the cluster id
 * is read back from it.
 */
final class KafkaStorage {

    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStorage.class);
    private static final String META_PROPERTIES = "meta.properties";

    private final KafkaClusterSpec spec;

    KafkaStorage(KafkaClusterSpec spec) {
        this.spec = spec;
    }

    /**
     * Formats every node directory that is not formatted yet.
     *
     * @return the cluster id: the one already on disk, or a new one
     */
    String prepare() {
        String clusterId = existingClusterId().orElseGet(() -> Uuid.randomUuid().toString());
        for (int node = 0; node < spec.nodes(); node++) {
            Path dir = spec.nodeDir(node);
            if (Files.exists(dir.resolve(META_PROPERTIES))) {
                LOG.debug("Node {} directory {} is already formatted", node, dir);
            } else {
                format(node, dir, clusterId);
            }
        }
        return clusterId;
    }

    /** The cluster id found in the first formatted node directory, if any. */
    Optional<String> existingClusterId() {
        for (int node = 0; node < spec.nodes(); node++) {
            Path meta = spec.nodeDir(node).resolve(META_PROPERTIES);
            if (Files.exists(meta)) {
                return Optional.of(readClusterId(meta));
            }
        }
        return Optional.empty();
    }

    private static String readClusterId(Path meta) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        String id = props.getProperty("cluster.id");
        if (id == null || id.isBlank()) {
            throw new EmbeddedException(meta + " has no cluster.id; delete the directory to start afresh");
        }
        return id;
    }

    private static void format(int node, Path dir, String clusterId) {
        // Formatter prints progress to a stream; keep it for DEBUG instead of letting it reach stdout.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(dir);
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(node)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new EmbeddedException("cannot format Kafka node " + node + " in " + dir, e);
        }
        LOG.debug(
                "Formatted node {}: {}",
                node,
                out.toString(StandardCharsets.UTF_8).strip());
    }
}
