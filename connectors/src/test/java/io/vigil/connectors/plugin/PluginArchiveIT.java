package io.vigil.connectors.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The plugin archive the build makes, unpacked as an operator would onto a worker's {@code plugin.path}: both
 * connectors are found through its service file and load from its jars alone (plus what every worker provides), with
 * the version of the build.
 */
class PluginArchiveIT {

    private static final Path TARGET = Path.of("target");

    @Test
    void shouldLoadBothConnectorsFromTheArchiveOnAPluginPath(@TempDir Path pluginPath) throws Exception {
        Path archive = archive();
        unzip(archive, pluginPath);
        String version = assertLoadsBothConnectors(single(pluginPath));
        assertThat(archive.getFileName().toString()).contains(version);
    }

    /** docker-compose.yml mounts this directory as the Connect worker's plugin.path. */
    @Test
    void shouldLoadBothConnectorsFromTheUnpackedDirectoryTheComposeStackMounts() throws Exception {
        assertLoadsBothConnectors(single(TARGET.resolve("connect-plugins")));
    }

    /** Returns the version the component's manifest names. */
    private static String assertLoadsBothConnectors(Path component) throws Exception {
        JsonNode manifest =
                new ObjectMapper().readTree(component.resolve("manifest.json").toFile());
        String version = manifest.path("version").asText();
        assertThat(manifest.path("name").asText()).isEqualTo("vigil-connectors");
        assertThat(manifest.path("component_types").toString()).isEqualTo("[\"source\"]");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(component.resolve("lib"), "kafka-clients*")) {
            assertThat(jars.iterator().hasNext())
                    .as("the worker brings its own Kafka clients")
                    .isFalse();
        }

        try (URLClassLoader isolated = workerLoader(component.resolve("lib"))) {
            List<String> listed = serviceFile(isolated);
            assertThat(listed)
                    .containsExactlyInAnyOrder(
                            "io.vigil.connectors.sqs.SqsSourceConnector",
                            "io.vigil.connectors.sns.SnsHttpSourceConnector");
            for (String name : listed) {
                Class<?> type = isolated.loadClass(name);
                Object connector = type.getDeclaredConstructor().newInstance();
                Object config = type.getMethod("config").invoke(connector);
                assertThat(type.getClassLoader()).isSameAs(isolated);
                assertThat(type.getSuperclass().getName()).isEqualTo(SourceConnector.class.getName());
                assertThat(type.getMethod("version").invoke(connector)).isEqualTo(version);
                assertThat(String.valueOf(config.getClass().getMethod("names").invoke(config)))
                        .contains("topic", "dlq.topic", "schema.registry.url");
            }
        }
        return version;
    }

    private static List<String> serviceFile(ClassLoader loader) throws IOException {
        String name = "META-INF/services/" + SourceConnector.class.getName();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    /**
     * What a worker's plugin class loader sees: the archive's jars, and from the worker only the Connect API, the
     * Kafka clients and SLF4J — not this module's classes on the test class path.
     */
    private static URLClassLoader workerLoader(Path lib) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
        }
        for (Class<?> fromWorker : List.of(SourceConnector.class, Producer.class, LoggerFactory.class)) {
            urls.add(fromWorker.getProtectionDomain().getCodeSource().getLocation());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Path archive() throws IOException {
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(TARGET, "vigil-connectors-*-plugin.zip")) {
            return zips.iterator().next();
        }
    }

    private static Path single(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return entries.iterator().next();
        }
    }

    private static void unzip(Path archive, Path into) throws IOException {
        try (InputStream file = Files.newInputStream(archive);
                ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the archive's directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
