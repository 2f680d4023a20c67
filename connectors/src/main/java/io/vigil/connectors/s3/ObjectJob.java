package io.vigil.connectors.s3;

import io.vigil.schema.quality.ObjectOutcome;
import io.vigil.schema.s3.S3ObjectEvent;
import java.io.IOException;
import java.io.InputStream;

/**
 * The work one handler does on one object. Jobs run on the reader's worker threads and may run again for the same
 * object (after a crash or a failed read), so what they write must be keyed and idempotent.
 */
public interface ObjectJob {

    /** Whether the job reads the body; without it the reader sends a HEAD instead of a GET. */
    boolean needsBody();

    /**
     * Does the work, writing its results to {@code results}.
     *
     * @param body the object's content, streamed from S3 (read it once, in constant memory); null when the job does not
     *     need the body
     * @throws IOException when reading the body fails: S3 or the network failed, and the object will be read again
     */
    void read(ObjectFacts object, InputStream body, ResultSink results) throws IOException;

    /** Records that the object was gone before it could be read. */
    void missing(S3ObjectEvent event, ObjectOutcome outcome, ResultSink results);
}
