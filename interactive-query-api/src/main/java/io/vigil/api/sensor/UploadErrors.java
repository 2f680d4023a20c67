package io.vigil.api.sensor;

import io.vigil.api.error.ApiException;
import io.vigil.schema.errors.ErrorCodes;
import java.time.Duration;
import java.util.Map;

/** The failures of {@code POST /files} that {@link ApiException} has no factory for. */
final class UploadErrors {

    static final Duration S3_RETRY_AFTER = Duration.ofSeconds(5);

    private UploadErrors() {}

    /** 415: a part that is not UTF-8 text. */
    static ApiException notText(String fileName) {
        return unsupported("File '" + fileName + "' is not UTF-8 text (a CSV file is expected)");
    }

    /** 415: a body that is not {@code multipart/form-data}. */
    static ApiException notMultipart() {
        return unsupported("The body must be multipart/form-data with a boundary, the files in fields named 'file'");
    }

    /** 503: S3 failed; the upload was abandoned. */
    static ApiException s3Unavailable(String bucket) {
        return ApiException.unavailable(
                "S3 did not accept the upload to bucket " + bucket + "; nothing was stored, retry later",
                S3_RETRY_AFTER);
    }

    private static ApiException unsupported(String message) {
        return new ApiException(415, ErrorCodes.forStatus(415), message, Map.of());
    }
}
