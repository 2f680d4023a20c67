package io.vigil.app.dev.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil sns-publish}: posts an S3 event notification to the dev SNS endpoint inside an SNS
 * {@code Notification} envelope signed with the dev signing key, as SNS would deliver it.
 */
@Command(
        name = "sns-publish",
        mixinStandardHelpOptions = true,
        description = "Post an S3 event notification to the `vigil dev` SNS endpoint, signed as SNS signs it with the"
                + " dev signing key. Exit 0 on a 2xx answer, 1 otherwise.")
public final class SnsPublishCommand implements Callable<Integer> {

    /** The largest message SNS publishes. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private static final int MAX_PRINTED_CHARS = 4096;
    private static final ObjectReader JSON =
            new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data-dir",
            defaultValue = "data",
            description = "The `vigil dev` data directory holding the signing key (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--endpoint",
            defaultValue = "http://127.0.0.1:" + DevSns.DEFAULT_PORT + "/sns",
            description = "The SNS endpoint to post to (default: ${DEFAULT-VALUE}).")
    URI endpoint;

    @Option(
            names = "--topic-arn",
            defaultValue = DevSns.DEFAULT_TOPIC_ARN,
            description = "TopicArn of the message (default: ${DEFAULT-VALUE}).")
    String topicArn;

    @Option(
            names = "--signature-version",
            defaultValue = "2",
            description = "1 (SHA1withRSA) or 2 (SHA256withRSA) (default: ${DEFAULT-VALUE}).")
    int signatureVersion;

    @Option(
            names = "--tamper",
            description = "Change the Message after signing, to see a forged message refused with 403.")
    boolean tamper;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "A file with an S3 event notification (JSON), or - for standard input.")
    String file;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (signatureVersion != 1 && signatureVersion != 2) {
            throw new ParameterException(spec.commandLine(), "--signature-version must be 1 or 2");
        }
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--endpoint must be an http(s) URL");
        }
        String message = readMessage();
        SnsEnvelopeSigner signer = new SnsEnvelopeSigner(
                DevSigningKey.load(dataDir).privateKey(), DevSns.CERTIFICATE_URL, Clock.systemUTC());
        SignedNotification notification = signer.notification(topicArn, message, signatureVersion);
        return post(tamper ? SnsEnvelopeSigner.tamper(notification) : notification);
    }

    private int post(SignedNotification notification) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // The headers SNS sends with every HTTP delivery.
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", "Notification")
                .header("x-amz-sns-message-id", notification.messageId())
                .header("x-amz-sns-topic-arn", notification.topicArn())
                .POST(HttpRequest.BodyPublishers.ofString(notification.json(), StandardCharsets.UTF_8))
                .build();
        PrintWriter out = spec.commandLine().getOut();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            out.println("HTTP " + response.statusCode());
            out.println(body.length() > MAX_PRINTED_CHARS ? body.substring(0, MAX_PRINTED_CHARS) + "…" : body);
            out.flush();
            return response.statusCode() >= 200 && response.statusCode() <= 299 ? 0 : 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("vigil: cannot post to " + endpoint + ": " + e);
            return 1;
        }
    }

    /** The notification as UTF-8 text, at most {@value #MAX_MESSAGE_BYTES} bytes of JSON. */
    private String readMessage() throws IOException {
        byte[] bytes;
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
            bytes = in.readNBytes(MAX_MESSAGE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        if (bytes.length > MAX_MESSAGE_BYTES) {
            throw new ParameterException(spec.commandLine(), file + " is larger than " + MAX_MESSAGE_BYTES + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString()
                    .strip();
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), file + " is not UTF-8 text");
        }
        try {
            if (!JSON.readTree(text).isObject()) {
                throw new ParameterException(spec.commandLine(), file + " does not hold a JSON object");
            }
        } catch (JsonProcessingException e) {
            // the original message only: the full one quotes the input
            throw new ParameterException(
                    spec.commandLine(), file + " is not JSON: " + e.getOriginalMessage() + " at " + e.getLocation());
        }
        return text;
    }
}
