package io.vigil.connectors.sns;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JDK HTTP(S) server SNS posts to, with a bounded pool of handler threads. */
final class SnsHttpEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SnsHttpEndpoint.class);
    private static final int HANDLER_THREADS = 8;
    private static final int QUEUED_REQUESTS = 64;
    private static final int STOP_GRACE_SECONDS = 1;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private SnsHttpEndpoint(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds and starts serving {@code handler} at the configured address and path. */
    static SnsHttpEndpoint start(SnsSourceConfig config, HttpHandler handler) throws IOException {
        InetSocketAddress address = new InetSocketAddress(config.listenHost(), config.listenPort());
        HttpServer server = config.keystorePath().isPresent()
                ? httpsServer(address, config.keystorePath().get(), config.keystorePassword())
                : HttpServer.create(address, 0);
        // When every thread waits for Kafka and the queue is full, the accepting thread runs the request itself:
        // that slows intake down instead of dropping requests.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                HANDLER_THREADS,
                HANDLER_THREADS,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS),
                daemonThreads(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext(config.path(), handler);
        server.start();
        SnsHttpEndpoint endpoint = new SnsHttpEndpoint(server, executor);
        log.info(
                "SNS endpoint listening on {}://{}:{}{}",
                config.keystorePath().isPresent() ? "https" : "http",
                config.listenHost(),
                endpoint.port(),
                config.path());
        return endpoint;
    }

    /** The port actually bound (the configured one, or the one picked for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(STOP_GRACE_SECONDS);
        executor.shutdownNow();
    }

    private static HttpsServer httpsServer(InetSocketAddress address, Path keystore, char[] password)
            throws IOException {
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(sslContext(keystore, password)));
        return server;
    }

    private static SSLContext sslContext(Path keystore, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the TLS keystore " + keystore, e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sns-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
