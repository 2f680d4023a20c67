package io.vigil.app.uptime.report;

import io.vigil.topology.uptime.report.ReportObjects;
import io.vigil.topology.uptime.report.ReportObjectsException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Keeps report CSVs in S3 at {@code uptime-reports/<reportId>.csv}: one key per report, so a report written again after
 * a crash replaces the object with the same bytes.
 */
public final class S3ReportObjects implements ReportObjects {

    /** The key prefix of report CSVs. */
    public static final String PREFIX = "uptime-reports/";

    private final S3Client s3;
    private final String bucket;

    /** @param bucket the bucket the API reads reports back from (the sensor bucket) */
    public S3ReportObjects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String put(String reportId, byte[] csv) {
        String key = PREFIX + reportId + ".csv";
        try {
            s3.putObject(put -> put.bucket(bucket).key(key).contentType("text/csv"), RequestBody.fromBytes(csv));
        } catch (SdkException e) {
            throw new ReportObjectsException("S3 refused " + key + " in " + bucket, e);
        }
        return key;
    }
}
