package io.vigil.connectors.s3.quality;

import io.vigil.connectors.s3.ObjectFacts;
import io.vigil.schema.quality.CheckResult;
import io.vigil.schema.quality.QualityRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks of an object that need no body: emptiness, size bounds, extension, content type and age. */
final class ObjectChecks {

    private ObjectChecks() {}

    /**
     * The object-level checks the rule sets, in their fixed order.
     *
     * @param size the bytes read, or the content length when the body was not read
     * @return a mutable list, so the caller can append the CSV checks
     */
    static List<CheckResult> of(QualityRule rule, ObjectFacts object, long size, Instant checkedAt) {
        List<CheckResult> checks = new ArrayList<>();
        if (rule.getNonEmpty()) {
            checks.add(Checks.of("non_empty", null, size > 0, Long.toString(size), "1", null));
        }
        long length = object.contentLength();
        if (rule.getMinSizeBytes() != null) {
            long min = rule.getMinSizeBytes();
            checks.add(Checks.of("min_size", null, length >= min, Long.toString(length), Long.toString(min), null));
        }
        if (rule.getMaxSizeBytes() != null) {
            long max = rule.getMaxSizeBytes();
            checks.add(Checks.of("max_size", null, length <= max, Long.toString(length), Long.toString(max), null));
        }
        if (!rule.getExtensions().isEmpty()) {
            String extension = extension(object.event().getKey());
            boolean allowed = rule.getExtensions().stream().anyMatch(extension::equalsIgnoreCase);
            checks.add(Checks.of(
                    "extension",
                    null,
                    allowed,
                    Printable.clean(extension, Printable.MAX_VALUE_CHARS),
                    String.join(",", rule.getExtensions()),
                    null));
        }
        if (!rule.getContentTypes().isEmpty()) {
            checks.add(contentType(rule.getContentTypes(), object.contentType()));
        }
        if (rule.getMaxAgeSeconds() != null) {
            checks.add(maxAge(rule.getMaxAgeSeconds(), object.lastModified(), checkedAt));
        }
        return checks;
    }

    /** The lower-case extension of the key's last path segment; empty when it has none (a leading dot is none). */
    static String extension(String key) {
        int segment = key.lastIndexOf('/') + 1;
        int dot = key.lastIndexOf('.');
        return dot > segment ? key.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The media type without parameters, trimmed and in lower case. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    private static CheckResult contentType(List<String> allowed, String contentType) {
        String threshold = String.join(",", allowed);
        if (contentType == null) {
            return Checks.of("content_type", null, false, null, threshold, "no Content-Type");
        }
        String measured = mediaType(contentType);
        boolean passed = allowed.stream().anyMatch(type -> mediaType(type).equals(measured));
        return Checks.of(
                "content_type", null, passed, Printable.clean(measured, Printable.MAX_VALUE_CHARS), threshold, null);
    }

    private static CheckResult maxAge(long maxSeconds, Instant lastModified, Instant checkedAt) {
        String threshold = Long.toString(maxSeconds);
        if (lastModified == null) {
            return Checks.of("max_age", null, false, null, threshold, "Last-Modified unknown");
        }
        long age = Duration.between(lastModified, checkedAt).getSeconds();
        return Checks.of("max_age", null, age <= maxSeconds, Long.toString(age), threshold, null);
    }
}
