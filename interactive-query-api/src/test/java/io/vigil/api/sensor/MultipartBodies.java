package io.vigil.api.sensor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** {@code multipart/form-data} request bodies for upload tests, with or without a declared length. */
final class MultipartBodies {

    static final String BOUNDARY = "vigil-test-boundary-7d3f";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final List<Supplier<InputStream>> pieces = new ArrayList<>();
    private long length;

    /** A part named {@code field} holding a file called {@code fileName}. */
    MultipartBodies file(String field, String fileName, byte[] content) {
        return part(field, fileName, content.length, () -> new ByteArrayInputStream(content));
    }

    /** A part whose content is streamed, e.g. too large to hold. */
    MultipartBodies part(String field, String fileName, long contentLength, Supplier<InputStream> content) {
        String disposition =
                "form-data; name=\"" + field + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        text("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: text/csv\r\n\r\n");
        pieces.add(content);
        length += contentLength;
        text("\r\n");
        return this;
    }

    /** The body with its length declared. */
    HttpRequest.BodyPublisher withLength() {
        closing();
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(this::stream), length);
    }

    /** The body sent chunked, its length not declared. */
    HttpRequest.BodyPublisher chunked() {
        closing();
        return HttpRequest.BodyPublishers.ofInputStream(this::stream);
    }

    private void closing() {
        text("--" + BOUNDARY + "--\r\n");
    }

    private InputStream stream() {
        List<InputStream> streams = pieces.stream().map(Supplier::get).toList();
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        pieces.add(() -> new ByteArrayInputStream(bytes));
        length += bytes.length;
    }
}
