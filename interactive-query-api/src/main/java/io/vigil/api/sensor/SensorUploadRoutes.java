package io.vigil.api.sensor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vigil.api.RouteGroup;
import io.vigil.api.auth.Scope;
import io.vigil.api.error.ApiException;
import io.vigil.api.write.TopicWriter;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.sensor.SensorFileUploaded;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.eclipse.jetty.http.MultiPart;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code POST /files}: sensor CSV files as {@code multipart/form-data} (one or several fields named {@code file}),
 * streamed to the sensor bucket as they arrive, then announced on Kafka the way an S3 notification would be. Answers
 * 202 once every record is acknowledged; the reader then parses the files.
 */
public final class SensorUploadRoutes implements RouteGroup {

    /** The upload route; its body is bounded by the sensor upload limit instead of the API's body limit. */
    public static final String FILES = "/files";

    private final MultipartUpload multipart;
    private final UploadRecords records;
    private final long maxUploadBytes;

    /**
     * @param s3       the client of the sensor bucket
     * @param settings bucket, prefix, size limit and part size
     * @param writer   writes the records, acknowledged
     * @param uploads  serializer of {@link SensorFileUploaded}
     * @param events   serializer of {@link S3ObjectEvent}
     * @param clock    stamps the upload time
     */
    public SensorUploadRoutes(
            S3Client s3,
            SensorUploadSettings settings,
            TopicWriter writer,
            Serializer<SensorFileUploaded> uploads,
            Serializer<S3ObjectEvent> events,
            Clock clock) {
        this.multipart = new MultipartUpload(new S3Uploads(s3, clock, settings));
        this.records = new UploadRecords(writer, uploads, events);
        this.maxUploadBytes = settings.maxUploadBytes();
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(FILES, this::upload, Scope.INGEST, Scope.ADMIN);
    }

    private void upload(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxUploadBytes) {
            throw ApiException.payloadTooLarge(maxUploadBytes);
        }
        String boundary = boundary(ctx.contentType());
        List<UploadedFile> files;
        try (InputStream body = ctx.req().getInputStream()) {
            files = multipart.upload(body, boundary);
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read");
        }
        files.forEach(records::write);
        List<Map<String, Object>> listed =
                files.stream().map(SensorUploadRoutes::summary).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file_id", files.get(0).fileId());
        answer.put("files", listed);
        ctx.status(202).json(answer);
    }

    private static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw UploadErrors.notMultipart();
        }
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw UploadErrors.notMultipart();
        }
        return boundary;
    }

    private static Map<String, Object> summary(UploadedFile file) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file_id", file.fileId());
        summary.put("file_name", file.fileName());
        summary.put("size", file.size());
        return summary;
    }
}
