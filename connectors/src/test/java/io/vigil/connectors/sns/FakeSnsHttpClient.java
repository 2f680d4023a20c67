package io.vigil.connectors.sns;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Stands in for SNS over HTTPS: serves signing certificates at the URLs given, answers {@code ConfirmSubscription}
 * on the us-east-1 SNS host, 404 to anything else, and records every request it gets.
 */
final class FakeSnsHttpClient implements SdkHttpClient {

    static final String CERT_URL =
            SnsTestSigner.HOST + "/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";
    private static final String SNS_HOST = "sns.us-east-1.amazonaws.com";

    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final List<SdkHttpRequest> requests = new CopyOnWriteArrayList<>();

    FakeSnsHttpClient(String certificatePem) {
        documents.put(CERT_URL, certificatePem);
    }

    /** Serves {@code body} at {@code url}. */
    void serve(String url, String body) {
        documents.put(url, body);
    }

    List<SdkHttpRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests that were subscription confirmations. */
    List<SdkHttpRequest> confirmations() {
        return requests.stream().filter(FakeSnsHttpClient::isConfirmation).toList();
    }

    void clear() {
        requests.clear();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest execute) {
        SdkHttpRequest request = execute.httpRequest();
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                requests.add(request);
                return answer(request);
            }

            @Override
            public void abort() {}
        };
    }

    private HttpExecuteResponse answer(SdkHttpRequest request) {
        String url = request.getUri().toString();
        String body = documents.get(url);
        int status = 200;
        if (body == null && SNS_HOST.equals(request.host()) && isConfirmation(request)) {
            body = "<ConfirmSubscriptionResponse/>";
        } else if (body == null) {
            status = 404;
            body = "not found";
        }
        return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder().statusCode(status).build())
                .responseBody(
                        AbortableInputStream.create(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
    }

    private static boolean isConfirmation(SdkHttpRequest request) {
        return request.firstMatchingRawQueryParameter("Action")
                .filter("ConfirmSubscription"::equals)
                .isPresent();
    }

    @Override
    public String clientName() {
        return "fake-sns";
    }

    @Override
    public void close() {}
}
