package io.vigil.api.sensor;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * One file on its way to S3, fed as it arrives: bytes gather in a buffer of one part; a file that fits goes up with
 * one PutObject, a larger one as a multipart upload, a part at a time. Only one part is ever held in memory. The
 * first bytes are checked to be text before anything is sent.
 */
final class S3FileUpload {

    private static final String CONTENT_TYPE = "text/csv";
    private static final int INITIAL_BUFFER = 64 * 1024;

    private final S3Client s3;
    private final Clock clock;
    private final String bucket;
    private final String key;
    private final String fileName;
    private final int partBytes;
    private final List<CompletedPart> parts = new ArrayList<>();
    private byte[] buffer = new byte[INITIAL_BUFFER];
    private int buffered;
    private long size;
    private String uploadId;

    S3FileUpload(S3Client s3, Clock clock, String bucket, String key, String fileName, int partBytes) {
        this.s3 = s3;
        this.clock = clock;
        this.bucket = bucket;
        this.key = key;
        this.fileName = fileName;
        this.partBytes = partBytes;
    }

    /** Takes the next bytes of the file; sends a part whenever one is full. */
    void write(byte[] bytes, int offset, int length) {
        int position = offset;
        int end = offset + length;
        while (position < end) {
            int taken = Math.min(end - position, partBytes - buffered);
            ensureCapacity(buffered + taken);
            System.arraycopy(bytes, position, buffer, buffered, taken);
            buffered += taken;
            position += taken;
            size += taken;
            if (buffered == partBytes) {
                sendPart();
            }
        }
    }

    /** Sends what is left and completes the object. */
    UploadedFile finish() {
        if (uploadId == null) {
            requireText(true);
            String etag = s3.putObject(put -> put.bucket(bucket).key(key).contentType(CONTENT_TYPE), body())
                    .eTag();
            return uploaded(etag, UploadedFile.PUT);
        }
        if (buffered > 0) {
            sendPart();
        }
        String etag = s3.completeMultipartUpload(complete -> complete.bucket(bucket)
                        .key(key)
                        .uploadId(uploadId)
                        .multipartUpload(upload -> upload.parts(parts)))
                .eTag();
        uploadId = null;
        return uploaded(etag, UploadedFile.MULTIPART);
    }

    /** Abandons a multipart upload in progress, so S3 keeps none of its parts. */
    void abort() {
        if (uploadId != null) {
            String id = uploadId;
            uploadId = null;
            s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(id));
        }
    }

    String key() {
        return key;
    }

    private void sendPart() {
        if (uploadId == null) {
            requireText(false);
            uploadId = s3.createMultipartUpload(
                            create -> create.bucket(bucket).key(key).contentType(CONTENT_TYPE))
                    .uploadId();
        }
        int number = parts.size() + 1;
        UploadPartResponse response = s3.uploadPart(
                part -> part.bucket(bucket).key(key).uploadId(uploadId).partNumber(number), body());
        parts.add(CompletedPart.builder()
                .partNumber(number)
                .eTag(response.eTag())
                .checksumCRC32(response.checksumCRC32())
                .checksumCRC32C(response.checksumCRC32C())
                .checksumCRC64NVME(response.checksumCRC64NVME())
                .checksumSHA1(response.checksumSHA1())
                .checksumSHA256(response.checksumSHA256())
                .build());
        buffered = 0;
    }

    /** The buffered bytes as a request body, without copying them. */
    private RequestBody body() {
        byte[] bytes = buffer;
        int length = buffered;
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length, CONTENT_TYPE);
    }

    private void requireText(boolean wholeFile) {
        if (parts.isEmpty() && !TextSniff.looksLikeText(buffer, buffered, wholeFile)) {
            throw UploadErrors.notText(fileName);
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(partBytes, Math.max(needed, 2L * buffer.length)));
        }
    }

    private UploadedFile uploaded(String etag, String eventName) {
        return new UploadedFile(fileName, bucket, key, UploadedFile.unquoted(etag), size, eventName, clock.instant());
    }
}
