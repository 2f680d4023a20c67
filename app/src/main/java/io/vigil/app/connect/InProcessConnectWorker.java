package io.vigil.app.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone Kafka Connect worker inside the Vigil JVM, for {@code dev} mode and single-box installs. Plugins are
 * found through {@code META-INF/services} ({@code plugin.discovery=service_load}), which starts in under a second
 * where classpath scanning takes seconds and hundreds of megabytes.
 */
public final class InProcessConnectWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessConnectWorker.class);
    private static final long CONNECTOR_TIMEOUT_SECONDS = 30;

    private final Connect<StandaloneHerder> connect;

    private InProcessConnectWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /**
     * Starts a worker.
     *
     * @param bootstrapServers the Kafka cluster the connectors read and write
     * @param offsetsDir where source offsets are kept between restarts; created if missing
     * @param restPort the Connect REST port (0 picks a free one)
     */
    public static InProcessConnectWorker start(String bootstrapServers, Path offsetsDir, int restPort) {
        // The file offset store writes its file but not the directory: without it every offset flush fails.
        try {
            Files.createDirectories(offsetsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Connect offsets directory " + offsetsDir, e);
        }
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put(
                "offset.storage.file.filename",
                offsetsDir.resolve("connect.offsets").toString());
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("listeners", "http://127.0.0.1:" + restPort);
        props.put("plugin.discovery", "service_load");
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(props);
        InProcessConnectWorker worker = new InProcessConnectWorker(connect);
        log.info("Kafka Connect worker started, REST API at {}", worker.restUrl());
        return worker;
    }

    public URI restUrl() {
        return connect.rest().advertisedUrl();
    }

    /** Creates or updates a connector and waits until the worker has accepted it. */
    public ConnectorInfo putConnector(String name, Map<String, String> config) {
        FutureCallback<org.apache.kafka.connect.runtime.Herder.Created<ConnectorInfo>> accepted =
                new FutureCallback<>();
        Map<String, String> withName = new HashMap<>(config);
        withName.put("name", name);
        connect.herder().putConnectorConfig(name, withName, true, accepted);
        try {
            return accepted.get(CONNECTOR_TIMEOUT_SECONDS, TimeUnit.SECONDS).result();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while creating connector " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ConnectException("Connector " + name + " was not accepted: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
