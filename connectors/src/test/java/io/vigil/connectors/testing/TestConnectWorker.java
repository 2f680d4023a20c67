package io.vigil.connectors.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A real standalone Kafka Connect worker in the test JVM, configured as Vigil runs it: string keys, byte-array values
 * (the connectors serialise Avro themselves), plugins found through {@code META-INF/services}, source offsets in a
 * file, REST on a random loopback port.
 */
public final class TestConnectWorker implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Connect<StandaloneHerder> connect;

    private TestConnectWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /** Starts a worker against {@code bootstrapServers}, keeping source offsets under {@code offsetsDir}. */
    public static TestConnectWorker start(String bootstrapServers, Path offsetsDir) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put(
                "offset.storage.file.filename",
                offsetsDir.resolve("connect.offsets").toString());
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("listeners", "http://127.0.0.1:0");
        props.put("plugin.discovery", "service_load");
        return new TestConnectWorker(new ConnectStandalone().startConnect(props));
    }

    /** Creates or replaces a connector and waits until the worker has accepted it. */
    public void putConnector(String name, Map<String, String> config) {
        Map<String, String> withName = new HashMap<>(config);
        withName.put("name", name);
        FutureCallback<Herder.Created<ConnectorInfo>> accepted = new FutureCallback<>();
        connect.herder().putConnectorConfig(name, withName, true, accepted);
        await(accepted, "create connector " + name);
    }

    /** Deletes a connector and waits until its tasks are stopped. */
    public void deleteConnector(String name) {
        FutureCallback<Herder.Created<ConnectorInfo>> deleted = new FutureCallback<>();
        connect.herder().deleteConnectorConfig(name, deleted);
        await(deleted, "delete connector " + name);
    }

    /** Stops the worker and its connectors. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }

    private static void await(FutureCallback<?> callback, String what) {
        try {
            callback.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted: " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ConnectException("Could not " + what, e);
        }
    }
}
