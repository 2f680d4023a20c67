package io.vigil.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.connectors.sqs.SqsSourceConfig;
import io.vigil.topology.VigilTopics;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.kafka.connect.converters.ByteArrayConverter;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The compose stack's Connect worker finds the plugin the connectors module builds, and its SQS connector is
 * configured with keys the connector defines, for the queue ElasticMQ declares and the topics Vigil reads.
 */
class ConnectWorkerFilesTest {

    private static final Path DEPLOY = ComposeFile.REPOSITORY.resolve("deploy");
    /** Settings the worker itself reads from a connector's config, besides the connector's own. */
    private static final Set<String> WORKER_KEYS = Set.of("connector.class", "tasks.max");

    private static ComposeService connect;
    private static Properties worker;
    private static Map<String, String> sqsConnector;
    private static String vigilRegistryUrl;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        ComposeFile compose = ComposeFile.load(Map.of("VIGIL_ADMIN_API_KEY", ComposeFileTest.ADMIN_KEY));
        connect = compose.service("connect");
        vigilRegistryUrl = compose.service("vigil-1").environment().get("VIGIL_SCHEMA_REGISTRY_URL");
        worker = new Properties();
        try (Reader reader = Files.newBufferedReader(DEPLOY.resolve("connect/worker.properties"))) {
            worker.load(reader);
        }
        Map<String, Object> request = new ObjectMapper()
                .readValue(DEPLOY.resolve("connect/vigil-sqs.json").toFile(), Map.class);
        sqsConnector = (Map<String, String>) request.get("config");
    }

    @Test
    void shouldMountTheDirectoryTheConnectorsBuildUnpacksOnThePluginPath() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(ComposeFile.REPOSITORY.resolve("connectors/pom.xml").toFile());
        String directory = XPathFactory.newInstance()
                .newXPath()
                .evaluate("//execution[configuration/formats/format='dir']/configuration/finalName", pom);
        assertThat(directory).isNotBlank();

        assertThat(connect.mounts())
                .contains(new ComposeService.Mount(
                        "./connectors/target/" + directory, worker.getProperty("plugin.path")));
    }

    @Test
    void shouldConvertRecordsTheWayVigilsConnectorsWriteThem() {
        assertThat(worker.getProperty("key.converter")).isEqualTo(StringConverter.class.getName());
        assertThat(worker.getProperty("value.converter")).isEqualTo(ByteArrayConverter.class.getName());
    }

    @Test
    void shouldConfigureTheSqsConnectorOnlyWithKeysItDefines() throws Exception {
        Class<?> connector = Class.forName(sqsConnector.get("connector.class"));
        assertThat(SourceConnector.class).isAssignableFrom(connector);
        List<String> services = Files.readAllLines(ComposeFile.REPOSITORY.resolve(
                "connectors/src/main/resources/META-INF/services/" + SourceConnector.class.getName()));
        assertThat(services).contains(connector.getName());

        assertThat(sqsConnector.keySet()).allSatisfy(key -> assertThat(WORKER_KEYS.contains(key)
                        || SqsSourceConfig.CONFIG_DEF.names().contains(key))
                .as(key)
                .isTrue());
        SqsSourceConfig config = new SqsSourceConfig(sqsConnector);
        assertThat(config.topic()).isEqualTo(VigilTopics.S3_OBJECT_EVENTS);
        assertThat(sqsConnector.get("dlq.topic")).isEqualTo(VigilTopics.DLQ);
    }

    @Test
    void shouldRegisterSchemasInTheRegistryTheInstancesRead() {
        assertThat(sqsConnector.get("schema.registry.url")).isEqualTo(vigilRegistryUrl);
    }

    @Test
    void shouldReadTheQueueElasticMqDeclares() throws IOException {
        String conf = Files.readString(DEPLOY.resolve("elasticmq/elasticmq.conf"));
        Matcher queues =
                Pattern.compile("(?m)^ {2}([A-Za-z0-9_-]+) \\{").matcher(conf.substring(conf.indexOf("queues {")));
        List<String> declared = queues.results().map(match -> match.group(1)).toList();

        List<URI> read = new SqsSourceConfig(sqsConnector)
                .queueUrls().stream().map(URI::create).toList();

        assertThat(read).isNotEmpty().allSatisfy(url -> {
            assertThat(url.getHost()).isEqualTo("sqs");
            assertThat(declared).contains(Path.of(url.getPath()).getFileName().toString());
        });
    }
}
