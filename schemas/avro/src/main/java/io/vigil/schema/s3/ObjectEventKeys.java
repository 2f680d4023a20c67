package io.vigil.schema.s3;

/** The Kafka key of an object event on {@code vigil.s3.object-events}: every writer keys the same object alike. */
public final class ObjectEventKeys {

    private ObjectEventKeys() {}

    /** {@code bucket/key}: bucket names cannot hold a slash, so the first slash splits the two again. */
    public static String of(S3ObjectEvent event) {
        return of(event.getBucket(), event.getKey());
    }

    /** The key of the object {@code key} in {@code bucket}; results about an object are keyed the same way. */
    public static String of(String bucket, String key) {
        return bucket + "/" + key;
    }
}
