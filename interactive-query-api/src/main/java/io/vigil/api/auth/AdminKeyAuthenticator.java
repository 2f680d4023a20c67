package io.vigil.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Accepts the one admin key from configuration. Only its SHA-256 is kept; a presented key is hashed and compared in
 * constant time. A high-entropy secret needs no slow password hash.
 */
public final class AdminKeyAuthenticator implements ApiKeyAuthenticator {

    private final String prefix;
    private final byte[] sha256;

    /**
     * @param adminKey the configured admin key, {@code prefix.secret}
     * @throws IllegalArgumentException when the key is not of that form
     */
    public AdminKeyAuthenticator(String adminKey) {
        ApiKey key = ApiKey.parse(adminKey)
                .orElseThrow(
                        () -> new IllegalArgumentException(
                                "The admin API key must look like prefix.secret (letters, digits, '_' or '-', secret of 16+ characters)"));
        this.prefix = key.prefix();
        this.sha256 = sha256(key.value());
    }

    @Override
    public Optional<ApiPrincipal> authenticate(ApiKey key) {
        if (!MessageDigest.isEqual(sha256, sha256(key.value()))) {
            return Optional.empty();
        }
        return Optional.of(new ApiPrincipal(prefix, Optional.empty(), EnumSet.allOf(Scope.class)));
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
