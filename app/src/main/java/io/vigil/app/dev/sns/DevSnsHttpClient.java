package io.vigil.app.dev.sns;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The HTTP client of the dev SNS connector: it never touches the network. A GET of exactly
 * {@link DevSns#CERTIFICATE_URL} gets the dev certificate; everything else (other certificates, subscription
 * confirmations) gets 403, as a missing certificate on SNS's host would, so messages that name it are refused.
 * Thread-safe.
 */
public final class DevSnsHttpClient implements SdkHttpClient {

    private static final Logger log = LoggerFactory.getLogger(DevSnsHttpClient.class);
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;

    private final byte[] certificatePem;

    /** @param certificatePem the certificate served at {@link DevSns#CERTIFICATE_URL} */
    public DevSnsHttpClient(String certificatePem) {
        this.certificatePem = certificatePem.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest execute) {
        SdkHttpRequest request = execute.httpRequest();
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return answer(request);
            }

            @Override
            public void abort() {}
        };
    }

    private HttpExecuteResponse answer(SdkHttpRequest request) {
        if (request.method() == SdkHttpMethod.GET
                && DevSns.CERTIFICATE_URL.equals(request.getUri().toString())) {
            return response(OK, certificatePem);
        }
        // Only the host and path: a SubscribeURL's query carries a token.
        log.warn(
                "Refused to fetch {} https://{}{}: the dev SNS connector only serves its own certificate",
                request.method(),
                request.host(),
                request.encodedPath());
        return response(
                FORBIDDEN,
                ("The Vigil dev SNS client serves only " + DevSns.CERTIFICATE_URL).getBytes(StandardCharsets.US_ASCII));
    }

    private static HttpExecuteResponse response(int status, byte[] body) {
        return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder().statusCode(status).build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
    }

    @Override
    public String clientName() {
        return "vigil-dev-sns";
    }

    @Override
    public void close() {}
}
