package io.vigil.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates queues on an SQS endpoint through the SQS JSON protocol, so that this module needs no AWS SDK at runtime. The
 * embedded endpoint does not check signatures, so requests are not signed.
 */
final class SqsQueues {

    // SQS queue names: 1-80 letters, digits, '-' and '_', with ".fifo" at the end of FIFO queue names.
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}(\\.fifo)?|[A-Za-z0-9_-]{1,80}");
    private static final Pattern QUEUE_URL = Pattern.compile("\"QueueUrl\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final HttpClient http;

    SqsQueues(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Creates {@code name} (or finds it, if it exists with the same attributes) and returns its URL. */
    URI create(String name) {
        requireName(name);
        String body = name.endsWith(".fifo")
                ? "{\"QueueName\":\"" + name + "\",\"Attributes\":{\"FifoQueue\":\"true\"}}"
                : "{\"QueueName\":\"" + name + "\"}";
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS.CreateQueue")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(name, request);
        Matcher url = QUEUE_URL.matcher(response.body());
        if (response.statusCode() != 200 || !url.find()) {
            throw new EmbeddedException(
                    "cannot create SQS queue " + name + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return URI.create(url.group(1));
    }

    static String requireName(String name) {
        if (name == null || !QUEUE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid SQS queue name: '" + name + "'");
        }
        return name;
    }

    private HttpResponse<String> send(String name, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EmbeddedException("cannot create SQS queue " + name + " on " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedException("interrupted while creating SQS queue " + name, e);
        }
    }
}
