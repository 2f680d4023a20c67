package io.vigil.topology.ingress;

import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import java.util.Optional;

/** Folding object events into what a bucket has received, and telling a new event from a redelivered one. */
final class BucketActivities {

    private static final String CREATED_PREFIX = "ObjectCreated";

    private BucketActivities() {}

    static BucketActivity empty() {
        return BucketActivity.newBuilder().setBucket("").build();
    }

    /** Adds a created object; other events (removals) leave the activity as it was. */
    static BucketActivity add(BucketActivity activity, S3ObjectEvent event) {
        if (!event.getEventName().startsWith(CREATED_PREFIX)) {
            return activity;
        }
        boolean newer =
                activity.getLastEventTime() == null || !event.getEventTime().isBefore(activity.getLastEventTime());
        return BucketActivity.newBuilder(activity)
                .setBucket(event.getBucket())
                .setObjectCount(activity.getObjectCount() + 1)
                .setTotalBytes(activity.getTotalBytes() + event.getSize())
                .setLastKey(newer ? event.getKey() : activity.getLastKey())
                .setLastEventTime(newer ? event.getEventTime() : activity.getLastEventTime())
                .build();
    }

    /**
     * What identifies one write of an object: S3's sequencer when the notification has one, else the ETag with the
     * version id. Without either, no two events can be proven the same, so none is dropped.
     */
    static Optional<String> identity(S3ObjectEvent event) {
        if (event.getSequencer() != null) {
            return Optional.of("s:" + event.getSequencer());
        }
        if (event.getEtag() != null) {
            return Optional.of("e:" + event.getEtag() + "/"
                    + Optional.ofNullable(event.getVersionId()).orElse(""));
        }
        return Optional.empty();
    }
}
