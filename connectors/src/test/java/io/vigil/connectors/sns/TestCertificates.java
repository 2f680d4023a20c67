package io.vigil.connectors.sns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** RSA key pairs with self-signed certificates made by the JDK's {@code keytool}, as SNS's signing key stands in. */
final class TestCertificates {

    static final String PASSWORD = "changeit";
    private static final String ALIAS = "signer";

    private TestCertificates() {}

    /** A signing key whose certificate is for {@code commonName} (also its DNS subject alternative name). */
    static SigningKey generate(Path dir, String commonName) throws IOException, InterruptedException {
        return load(keystore(dir, commonName));
    }

    /** A PKCS12 keystore (password {@link #PASSWORD}) with one such key, e.g. for a TLS server. */
    static Path keystore(Path dir, String commonName) throws IOException, InterruptedException {
        Path store = Files.createTempFile(dir, "signer", ".p12");
        Files.delete(store);
        Process keytool = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        ALIAS,
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=" + commonName,
                        "-ext",
                        "SAN=dns:" + commonName,
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return store;
    }

    private static SigningKey load(Path store) throws IOException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            return new SigningKey((PrivateKey) keys.getKey(ALIAS, PASSWORD.toCharArray()), (X509Certificate)
                    keys.getCertificate(ALIAS));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the keystore keytool wrote", e);
        }
    }

    /** A private key and its certificate. */
    record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

        /** The certificate in PEM, as SNS serves it. */
        String pem() {
            try {
                String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
                return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
