package io.vigil.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class StandardWebhookSignerTest {

    private final StandardWebhookSigner signer = new StandardWebhookSigner();

    @Test
    void shouldReproduceTheStandardWebhooksTestVector() {
        // The vector published with the Standard Webhooks specification and its reference libraries.
        String signature = signer.signature(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldSignIdTimestampAndBodyWithTheDecodedSecret() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        byte[] body = "{\"type\":\"uptime.alert\",\"data\":{\"é\":1}}".getBytes(StandardCharsets.UTF_8);

        String signature = signer.signature(secret, "msg_a_b", 1_700_000_000L, body);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update("msg_a_b.1700000000.".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)));
    }

    @Test
    void shouldRefuseASecretWithoutThePrefixWithoutQuotingIt() {
        assertThatThrownBy(() -> signer.signature("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "m", 1, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("MfKQ9r8G");
        assertThatThrownBy(() -> signer.signature("whsec_not*base64!", "m", 1, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64");
    }
}
