package io.vigil.topology.delivery.expectation;

import java.util.List;
import java.util.Optional;

/** The S3 naming rules for general purpose buckets, so that a stream never waits on a bucket that cannot exist. */
public final class BucketNames {

    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private BucketNames() {}

    /** The first rule {@code bucket} breaks, or empty when it is a valid name. */
    public static Optional<String> problem(String bucket) {
        if (bucket.length() < 3 || bucket.length() > 63) {
            return Optional.of("must be 3-63 characters long");
        }
        if (!bucket.chars().allMatch(BucketNames::isBucketChar)) {
            return Optional.of("may contain only a-z 0-9 . -");
        }
        if (!isLetterOrDigit(bucket.charAt(0)) || !isLetterOrDigit(bucket.charAt(bucket.length() - 1))) {
            return Optional.of("must start and end with a letter or digit");
        }
        if (bucket.contains("..")) {
            return Optional.of("must not contain two adjacent periods");
        }
        if (looksLikeIpAddress(bucket)) {
            return Optional.of("must not be formatted as an IP address");
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (bucket.startsWith(prefix)) {
                return Optional.of("must not start with the reserved prefix " + prefix);
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (bucket.endsWith(suffix)) {
                return Optional.of("must not end with the reserved suffix " + suffix);
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeIpAddress(String bucket) {
        String[] parts = bucket.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBucketChar(int c) {
        return isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean isLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
