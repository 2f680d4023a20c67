package io.vigil.app.dev.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

class DevSnsHttpClientTest {

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    private final DevSnsHttpClient client = new DevSnsHttpClient(PEM);

    @Test
    void shouldServeTheCertificateAtTheDevUrl() throws Exception {
        HttpExecuteResponse response = call(SdkHttpMethod.GET, DevSns.CERTIFICATE_URL);

        assertThat(response.httpResponse().statusCode()).isEqualTo(200);
        assertThat(new String(response.responseBody().orElseThrow().readAllBytes(), StandardCharsets.US_ASCII))
                .isEqualTo(PEM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem",
                "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-vigildev.pem?x=1",
                "https://sns.us-east-1.amazonaws.com:8443/SimpleNotificationService-vigildev.pem",
                "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-vigildev.pem",
                "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-vigildev.pem",
                "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:0:t"
                        + "&Token=abc",
                "https://example.com/"
            })
    void shouldRefuseAnyOtherUrl(String url) throws Exception {
        HttpExecuteResponse response = call(SdkHttpMethod.GET, url);

        assertThat(response.httpResponse().statusCode()).isEqualTo(403);
        assertThat(new String(response.responseBody().orElseThrow().readAllBytes(), StandardCharsets.US_ASCII))
                .doesNotContain("BEGIN CERTIFICATE");
    }

    @Test
    void shouldRefuseAnythingButGet() throws Exception {
        assertThat(call(SdkHttpMethod.POST, DevSns.CERTIFICATE_URL)
                        .httpResponse()
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpExecuteResponse call(SdkHttpMethod method, String url) throws Exception {
        SdkHttpRequest request =
                SdkHttpRequest.builder().method(method).uri(URI.create(url)).build();
        return client.prepareRequest(
                        HttpExecuteRequest.builder().request(request).build())
                .call();
    }
}
