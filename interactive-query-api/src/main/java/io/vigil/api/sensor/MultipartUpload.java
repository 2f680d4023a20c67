package io.vigil.api.sensor;

import io.vigil.api.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartCompliance;
import org.eclipse.jetty.io.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code multipart/form-data} body as it arrives and streams its files to S3 (see {@link FilePartListener}):
 * neither the body nor a file is ever held whole, in memory or on disk. The body is counted as it is read and
 * refused (413) as soon as it passes the limit; any failure leaves nothing in S3.
 */
final class MultipartUpload {

    private static final Logger LOG = LoggerFactory.getLogger(MultipartUpload.class);
    private static final int READ_BUFFER = 64 * 1024;
    private static final int MAX_PART_HEADER_BYTES = 8 * 1024;
    private static final int MAX_PARTS = 1_000;

    private final S3Uploads uploads;

    MultipartUpload(S3Uploads uploads) {
        this.uploads = uploads;
    }

    /**
     * @param body     the request body
     * @param boundary the boundary from the Content-Type header
     * @return the files stored, in the order of the body
     * @throws ApiException 400, 413, 415 or 503; then S3 keeps none of the files
     */
    List<UploadedFile> upload(InputStream body, String boundary) {
        FilePartListener listener = new FilePartListener(uploads);
        MultiPart.Parser parser = new MultiPart.Parser(boundary, MultiPartCompliance.RFC7578, listener);
        parser.setPartHeadersMaxLength(MAX_PART_HEADER_BYTES);
        parser.setMaxParts(MAX_PARTS);
        byte[] buffer = new byte[READ_BUFFER];
        long total = 0;
        try {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                total += read;
                if (total > uploads.maxUploadBytes()) {
                    listener.fail(ApiException.payloadTooLarge(uploads.maxUploadBytes()));
                } else if (read > 0) {
                    parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, read), false));
                }
                listener.throwIfFailed();
            }
            parser.parse(Content.Chunk.EOF);
        } catch (IOException e) {
            LOG.debug("Upload body unreadable after {} bytes", total, e);
            listener.fail(ApiException.badRequest("The request body could not be read to its end"));
        } catch (RuntimeException e) {
            listener.abandon();
            throw e;
        }
        return listener.result();
    }
}
