package io.vigil.embedded;

import java.net.URI;

/**
 * A running S3-compatible endpoint for local use. Clients need path-style access ({@code forcePathStyle(true)}) and
 * any static credentials. Implementations may run in this JVM or as a child process.
 */
public interface S3Endpoint extends AutoCloseable {

    /** The HTTP endpoint to pass to {@code endpointOverride}. */
    URI endpoint();

    /** The region clients should sign for. */
    String region();

    /** Stops the endpoint; stored objects stay where they are. Closing again does nothing. */
    @Override
    void close();
}
