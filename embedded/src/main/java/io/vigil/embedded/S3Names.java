package io.vigil.embedded;

import java.util.List;
import java.util.regex.Pattern;

/** Checks S3 bucket names before they reach a server, so a typo fails with a clear message. */
final class S3Names {

    // S3's rules for new buckets: 3-63 characters of lower-case letters, digits, '.' and '-', alphanumeric at both
    // ends.
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private S3Names() {}

    static List<String> requireBuckets(List<String> buckets) {
        List<String> copy = List.copyOf(buckets);
        for (String bucket : copy) {
            if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
                throw new IllegalArgumentException("not a valid S3 bucket name: '" + bucket + "'");
            }
        }
        return copy;
    }
}
