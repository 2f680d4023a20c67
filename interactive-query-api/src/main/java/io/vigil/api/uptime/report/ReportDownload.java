package io.vigil.api.uptime.report;

import io.javalin.http.Context;
import io.vigil.api.error.ApiException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Streams a complete report's CSV from S3 to the caller, without holding it in memory. */
final class ReportDownload {

    static final String STATUS_HEADER = "X-Report-Status";

    private final S3Client s3;
    private final String bucket;

    /** @param bucket where the topology's report writer puts the CSVs (the sensor bucket) */
    ReportDownload(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    void send(Context ctx, String objectKey) {
        try {
            ctx.status(200)
                    .contentType("text/csv")
                    .header(STATUS_HEADER, "Complete")
                    .result(s3.getObject(get -> get.bucket(bucket).key(objectKey)));
        } catch (NoSuchKeyException e) {
            throw ApiException.badGateway("The report's CSV is missing from the object store");
        } catch (SdkException e) {
            throw ApiException.badGateway("The object store did not return the report's CSV");
        }
    }
}
