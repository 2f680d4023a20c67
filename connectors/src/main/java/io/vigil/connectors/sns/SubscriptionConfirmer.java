package io.vigil.connectors.sns;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/** Confirms a subscription by fetching its {@code SubscribeURL}, which the verifier has already checked. */
final class SubscriptionConfirmer {

    private final SdkHttpClient client;

    SubscriptionConfirmer(SdkHttpClient client) {
        this.client = client;
    }

    /** GETs the URL once; refuses with 502 unless SNS answers 2xx. */
    void confirm(SnsEnvelope envelope) throws SnsRejection {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.GET)
                .uri(URI.create(envelope.subscribeUrl()))
                .build();
        int status;
        try {
            HttpExecuteResponse response = client.prepareRequest(
                            HttpExecuteRequest.builder().request(request).build())
                    .call();
            status = response.httpResponse().statusCode();
            try (InputStream ignored = response.responseBody().orElse(null)) {
                // the body is SNS's subscription ARN in XML: not needed, but the connection must be released
            }
        } catch (IOException | RuntimeException e) {
            throw new SnsRejection(502, "SNS could not be reached to confirm the subscription");
        }
        if (status < 200 || status > 299) {
            throw new SnsRejection(502, "SNS answered " + status + " to the subscription confirmation");
        }
    }
}
