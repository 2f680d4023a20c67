package io.vigil.app.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.UploadedFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body is checked by a real multipart parser: Jetty's, behind Javalin. */
class MultipartFileBodyTest {

    @TempDir
    Path dir;

    @Test
    void shouldSendTheFileByteExactInTheFileFieldWithItsNameAndLength() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("readings \"x\".csv"), content);
        AtomicReference<byte[]> received = new AtomicReference<>();
        AtomicReference<String> name = new AtomicReference<>();
        AtomicLong declaredLength = new AtomicLong();
        Javalin server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.post("/files", ctx -> {
                        declaredLength.set(ctx.req().getContentLengthLong());
                        UploadedFile upload = ctx.uploadedFile("file");
                        name.set(upload.filename());
                        received.set(upload.content().readAllBytes());
                    });
                })
                .start("127.0.0.1", 0);
        try {
            MultipartFileBody body = new MultipartFileBody("vigil-test-boundary");
            AtomicLong progress = new AtomicLong();
            HttpRequest.BodyPublisher publisher = body.of(file, progress::set);
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/files"))
                                    .header("Content-Type", body.contentType())
                                    .POST(publisher)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(received.get()).isEqualTo(content);
            assertThat(name.get()).isEqualTo("readings _x_.csv");
            assertThat(declaredLength.get())
                    .isEqualTo(publisher.contentLength())
                    .isGreaterThan(content.length);
            assertThat(progress.get()).isEqualTo(content.length);
        } finally {
            server.stop();
        }
    }
}
