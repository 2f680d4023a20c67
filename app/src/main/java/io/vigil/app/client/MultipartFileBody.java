package io.vigil.app.client;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A {@code multipart/form-data} body with one file in the field {@code file}, streamed from disk with its length
 * known up front (so the server can refuse an oversized file before it is sent), reporting the bytes sent.
 */
final class MultipartFileBody {

    private final String boundary;

    MultipartFileBody(String boundary) {
        this.boundary = boundary;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** @param progress told the file bytes handed to the connection so far */
    BodyPublisher of(Path file, LongConsumer progress) throws FileNotFoundException {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quotable(file.getFileName()) + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return BodyPublishers.concat(
                BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                new Counting(BodyPublishers.ofFile(file), progress),
                BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
    }

    /** A file name as a quoted header parameter: quotes, backslashes and line breaks would end or split it. */
    private static String quotable(Path name) {
        StringBuilder text = new StringBuilder();
        for (char c : name.toString().toCharArray()) {
            text.append(c == '"' || c == '\\' || c == '\r' || c == '\n' ? '_' : c);
        }
        return text.toString();
    }

    private record Counting(BodyPublisher body, LongConsumer progress) implements BodyPublisher {

        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            AtomicLong sent = new AtomicLong();
            body.subscribe(new Flow.Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    long total = sent.addAndGet(item.remaining());
                    subscriber.onNext(item);
                    progress.accept(total);
                }

                @Override
                public void onError(Throwable error) {
                    subscriber.onError(error);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }
}
