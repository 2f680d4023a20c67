package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaStorageTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldFormatEveryNodeWithOneNewClusterId() throws Exception {
        String clusterId = new KafkaStorage(KafkaClusterSpec.threeNodes(dataDir)).prepare();

        for (int node = 0; node < 3; node++) {
            assertThat(Files.readString(dataDir.resolve("node-" + node + "/meta.properties")))
                    .contains("cluster.id=" + clusterId)
                    .contains("node.id=" + node);
        }
    }

    @Test
    void shouldLeaveFormattedDirectoriesAloneAndReadTheirClusterId() throws Exception {
        KafkaStorage storage = new KafkaStorage(KafkaClusterSpec.singleNode(dataDir));
        String first = storage.prepare();
        Path meta = dataDir.resolve("node-0/meta.properties");
        FileTime written = Files.getLastModifiedTime(meta);

        String second = storage.prepare();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(meta)).isEqualTo(written);
    }

    @Test
    void shouldFormatAMissingNodeWithTheClusterIdOfTheOthers() throws Exception {
        String clusterId = new KafkaStorage(KafkaClusterSpec.threeNodes(dataDir)).prepare();
        deleteRecursively(dataDir.resolve("node-1"));

        assertThat(new KafkaStorage(KafkaClusterSpec.threeNodes(dataDir)).prepare())
                .isEqualTo(clusterId);
        assertThat(Files.readString(dataDir.resolve("node-1/meta.properties"))).contains("cluster.id=" + clusterId);
    }

    @Test
    void shouldRefuseADirectoryWhoseMetaPropertiesHasNoClusterId() throws Exception {
        Files.createDirectories(dataDir.resolve("node-0"));
        Files.writeString(dataDir.resolve("node-0/meta.properties"), "version=1\nnode.id=0\n");

        assertThatThrownBy(() -> new KafkaStorage(KafkaClusterSpec.singleNode(dataDir)).prepare())
                .isInstanceOf(EmbeddedException.class)
                .hasMessageContaining("has no cluster.id");
    }

    private static void deleteRecursively(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
