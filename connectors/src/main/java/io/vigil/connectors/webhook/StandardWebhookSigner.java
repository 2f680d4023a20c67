package io.vigil.connectors.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook message per the Standard Webhooks scheme (https://www.standardwebhooks.com/), so that a receiver can
 * check it with any of that specification's libraries: {@code webhook-signature: v1,<base64 HMAC-SHA256>} over
 * {@code "{webhook-id}.{webhook-timestamp}.{body}"}, keyed with the bytes the secret's base64 part decodes to.
 * Stateless and thread-safe; a secret never appears in an exception message.
 */
public final class StandardWebhookSigner {

    /** The prefix of a Standard Webhooks secret; what follows is the base64 of the key. */
    public static final String SECRET_PREFIX = "whsec_";

    private static final String ALGORITHM = "HmacSHA256";

    /**
     * The value of the {@code webhook-signature} header.
     *
     * @param secret {@code whsec_} followed by the base64 of the key
     * @param messageId the {@code webhook-id} header: the same for every attempt of one message
     * @param timestampSeconds the {@code webhook-timestamp} header, unix seconds
     * @param body the exact bytes sent
     */
    public String signature(String secret, String messageId, long timestampSeconds, byte[] body) {
        Mac mac = mac(key(secret));
        mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        try {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            // The decoder's message would quote part of the secret.
            throw new IllegalArgumentException("the webhook secret is not base64 after " + SECRET_PREFIX);
        }
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
