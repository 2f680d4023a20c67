package io.vigil.api.sensor;

import io.vigil.api.error.ApiException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Receives the parts of a {@code multipart/form-data} body from Jetty's parser and streams every part named
 * {@value #FILE_FIELD} to S3; other fields are skipped. Jetty's parser swallows what a listener throws, so the first
 * failure is kept here and the caller asks for it after each chunk it parses ({@link #throwIfFailed}).
 */
final class FilePartListener extends MultiPart.AbstractPartsListener {

    static final String FILE_FIELD = "file";
    static final int MAX_FILES = 100;

    private static final Logger LOG = LoggerFactory.getLogger(FilePartListener.class);

    private final S3Uploads uploads;
    private final List<UploadedFile> uploaded = new ArrayList<>();
    private S3FileUpload current;
    private boolean complete;
    private RuntimeException failure;

    FilePartListener(S3Uploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public void onPartHeaders() {
        if (failure == null && FILE_FIELD.equals(getName())) {
            if (uploaded.size() == MAX_FILES) {
                fail(ApiException.badRequest("At most " + MAX_FILES + " files per request"));
                return;
            }
            current = uploads.start(getFileName());
        }
    }

    /**
     * The chunk is a slice of a plain heap buffer that {@link MultipartUpload} owns and reuses; it is copied out at
     * once and not released (slices share their parent's reference count, which is the reader's to drop).
     */
    @Override
    public void onPartContent(Content.Chunk chunk) {
        try {
            if (failure == null && current != null) {
                ByteBuffer bytes = chunk.getByteBuffer();
                if (bytes.hasArray()) {
                    current.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                } else {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    current.write(copy, 0, copy.length);
                }
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void onPart(String name, String fileName, HttpFields headers) {
        if (failure == null && current != null) {
            try {
                uploaded.add(current.finish());
                current = null;
            } catch (RuntimeException e) {
                fail(e);
            }
        }
    }

    @Override
    public void onComplete() {
        complete = true;
    }

    @Override
    public void onFailure(Throwable cause) {
        LOG.debug("Malformed multipart body", cause);
        fail(ApiException.badRequest("Malformed multipart/form-data body: " + cause.getMessage()));
    }

    /** Records the first failure; the caller throws it at its next {@link #throwIfFailed}. */
    void fail(RuntimeException cause) {
        if (failure == null) {
            failure = cause instanceof SdkException ? s3Failure((SdkException) cause) : cause;
        }
    }

    /** Throws the failure recorded so far, once S3 keeps nothing of this request. */
    void throwIfFailed() {
        if (failure != null) {
            abandon();
            throw failure;
        }
    }

    /** The files stored, once the whole body was read. */
    List<UploadedFile> result() {
        if (!complete) {
            fail(ApiException.badRequest("The multipart/form-data body ended early"));
        } else if (uploaded.isEmpty()) {
            fail(ApiException.badRequest("The multipart field '" + FILE_FIELD + "' is required"));
        }
        throwIfFailed();
        return List.copyOf(uploaded);
    }

    /** Aborts the upload in progress and deletes the files this request already stored. */
    void abandon() {
        S3FileUpload pending = current;
        current = null;
        uploads.discard(pending, uploaded);
        uploaded.clear();
    }

    private RuntimeException s3Failure(SdkException e) {
        LOG.warn("S3 failed during an upload to bucket {}", uploads.bucket(), e);
        return UploadErrors.s3Unavailable(uploads.bucket());
    }
}
