package io.vigil.connectors.s3;

import io.vigil.schema.s3.S3ObjectEvent;
import java.util.Optional;

/**
 * One kind of work done on S3 objects (data-quality checks, reading sensor CSV files). The reader asks every handler
 * whether it wants an object; an object nobody wants is not read at all.
 */
public interface ObjectHandler {

    /** A short name for logs and dead letters. */
    String name();

    /** The work for this object, or empty when the handler does not want it. Called on the reader's poll thread. */
    Optional<ObjectJob> claim(S3ObjectEvent event);
}
