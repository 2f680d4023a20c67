package io.vigil.schema.s3.notification;

import io.vigil.schema.s3.S3ObjectEvent;
import java.util.List;

/**
 * What a notification body held: the object events (an S3 notification may carry several records), or that it was S3's
 * {@code s3:TestEvent}, which S3 sends when a notification configuration is saved and which names no object.
 *
 * @param events the object events in the order of the body's records; empty for the test event
 * @param testEvent whether the body was S3's test event
 */
public record ParsedNotification(List<S3ObjectEvent> events, boolean testEvent) {

    /** Copies {@code events}, so the record is immutable. */
    public ParsedNotification {
        events = List.copyOf(events);
    }
}
