package io.vigil.api.quality;

import io.javalin.http.Context;
import io.vigil.api.error.ApiException;
import io.vigil.topology.delivery.expectation.BucketNames;
import java.nio.charset.StandardCharsets;

/**
 * The rule a request is about: the bucket from the path and the key prefix from {@code ?prefix=} (empty for the whole
 * bucket; a query parameter because a prefix may hold slashes or be empty).
 */
record RuleKey(String bucket, String prefix) {

    static final int MAX_PREFIX_BYTES = 1024;

    static RuleKey of(Context ctx) {
        String bucket = ctx.pathParam("bucket");
        BucketNames.problem(bucket).ifPresent(problem -> {
            throw ApiException.badRequest("bucket: " + problem);
        });
        String prefix = ctx.queryParam("prefix");
        prefix = prefix == null ? "" : prefix;
        if (prefix.getBytes(StandardCharsets.UTF_8).length > MAX_PREFIX_BYTES) {
            throw ApiException.badRequest("prefix is longer than " + MAX_PREFIX_BYTES + " bytes");
        }
        if (prefix.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("prefix must not hold control characters");
        }
        return new RuleKey(bucket, prefix);
    }

    /** The key on the rules topic and in the store. */
    String key() {
        return bucket + "/" + prefix;
    }
}
