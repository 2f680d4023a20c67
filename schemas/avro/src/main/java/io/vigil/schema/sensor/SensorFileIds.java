package io.vigil.schema.sensor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a sensor file: derived from the S3 object it is, so that the upload route (which learns the ETag when its
 * upload completes) and the object reader (which learns it from the S3 event) name the same file alike, and a new
 * version of an object is a new file.
 */
public final class SensorFileIds {

    private static final int ID_BYTES = 16;

    private SensorFileIds() {}

    /**
     * 32 lowercase hex digits: the first 128 bits of SHA-256 over bucket, key and ETag.
     *
     * @param etag as S3 gives it, with or without the surrounding quotes; null when unknown
     */
    public static String of(String bucket, String key, String etag) {
        MessageDigest sha256 = sha256();
        sha256.update(bucket.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(key.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(unquoted(etag).getBytes(StandardCharsets.UTF_8));
        byte[] digest = sha256.digest();
        return HexFormat.of().formatHex(digest, 0, ID_BYTES);
    }

    /** Whether {@code text} has the form of a file id (the API checks path parameters with it). */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != ID_BYTES * 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String unquoted(String etag) {
        if (etag == null) {
            return "";
        }
        String trimmed = etag.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
