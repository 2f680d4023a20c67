package io.vigil.embedded;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 endpoint in this JVM, on Adobe's S3Mock (a Spring Boot application on Tomcat). Buckets and objects are files
 * under the root directory and are there again after a restart.
 */
public final class EmbeddedS3 implements S3Endpoint {

    /** The region S3Mock answers for. */
    public static final String REGION = "us-east-1";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedS3.class);
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    private static final String STORE = "com.adobe.testing.s3mock.store.";

    private final S3MockApplication app;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    // S3Mock 5 deprecates its in-process API in favour of a separate JVM; S3Endpoint leaves room for that.
    @SuppressWarnings("deprecation")
    private EmbeddedS3(S3MockApplication app) {
        this.app = app;
        this.endpoint = URI.create("http://localhost:" + app.getHttpPort());
    }

    /**
     * Starts S3Mock.
     *
     * @param rootDir where buckets and objects are stored; created if missing, kept on close
     * @param port HTTP port, or 0 for a random one
     * @param initialBuckets buckets created unless they exist already
     * @throws PortInUseException if {@code port} is taken
     */
    public static EmbeddedS3 start(Path rootDir, int port, List<String> initialBuckets) {
        long started = System.nanoTime();
        List<String> buckets = S3Names.requireBuckets(initialBuckets);
        FreePorts.requireFree(Map.of("S3", port));
        createDirectories(rootDir);
        // Spring Boot would otherwise reconfigure the application's logging backend when S3Mock starts.
        if (System.getProperty(LOGGING_SYSTEM) == null) {
            System.setProperty(LOGGING_SYSTEM, "none");
        }
        EmbeddedS3 s3;
        try {
            s3 = new EmbeddedS3(S3MockApplication.start(properties(rootDir, port, buckets)));
        } catch (RuntimeException e) {
            throw new EmbeddedException("S3 endpoint failed to start on port " + port, e);
        }
        LOG.info(
                "S3 endpoint started on {} (data in {}) in {} ms",
                s3.endpoint,
                rootDir,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return s3;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String region() {
        return REGION;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        app.stop();
        LOG.info("S3 endpoint on {} stopped", endpoint);
    }

    private static Map<String, Object> properties(Path rootDir, int port, List<String> buckets) {
        Map<String, Object> props = new HashMap<>();
        props.put(S3MockApplication.PROP_HTTP_PORT, port);
        // S3Mock always opens an HTTPS connector too; keep it on a random loopback port.
        props.put(S3MockApplication.PROP_HTTPS_PORT, 0);
        props.put("server.address", "127.0.0.1");
        props.put(STORE + "root", rootDir.toAbsolutePath().toString());
        props.put(STORE + "retain-files-on-exit", true);
        props.put(STORE + "initial-buckets", String.join(",", buckets));
        props.put(STORE + "region", REGION);
        // The owner of this object decides when S3Mock stops, not a JVM shutdown hook of Spring's own.
        props.put("spring.main.register-shutdown-hook", false);
        props.put(S3MockApplication.PROP_SILENT, true);
        props.put("spring.main.log-startup-info", false);
        return props;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the S3 data directory " + dir, e);
        }
    }
}
