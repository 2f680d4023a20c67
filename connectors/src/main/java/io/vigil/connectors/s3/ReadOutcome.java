package io.vigil.connectors.s3;

import java.time.Duration;

/** How reading one object ended. */
record ReadOutcome(PendingObject object, Kind kind, Duration took, Exception error) {

    enum Kind {
        /** Every job finished and its results are in Kafka (including a recorded NoSuchKey or NoSuchBucket). */
        DONE,
        /** S3 or the network failed: the breaker counts it and the object is read again. */
        S3_FAILED,
        /** The results could not be written to Kafka: the object is read again, the breaker is not involved. */
        RESULTS_FAILED,
        /** A job failed on the object itself: it goes to the dead-letter topic and is not read again. */
        POISON
    }
}
