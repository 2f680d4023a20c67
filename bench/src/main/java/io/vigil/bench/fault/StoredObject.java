package io.vigil.bench.fault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An object the workload puts in S3 before announcing it, as S3 stores an object before it notifies. */
record StoredObject(String bucket, String key, byte[] content) {

    /** The ETag S3 gives an object stored by one PUT: the hex MD5 of its bytes. */
    String etag() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has MD5", e);
        }
    }

    /** The S3 event that announces this object. */
    Input announcement() {
        return Workload.objectCreated(bucket, key, content.length, etag());
    }
}
