package io.vigil.app.dev.sns;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JDK's own {@code keytool}, so that no crypto library is needed to make a key pair and a self-signed
 * certificate. The password is passed as a file, never on the command line where other users could see it.
 */
final class Keytool {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String VALIDITY_DAYS = "3650";

    private Keytool() {}

    /** Writes a PKCS12 keystore holding an RSA 2048 key and a certificate for {@code commonName} (also its SAN). */
    static void generateKeyPair(Path keystore, Path passwordFile, String alias, String commonName) throws IOException {
        Process keytool = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        alias,
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-sigalg",
                        "SHA256withRSA",
                        "-validity",
                        VALIDITY_DAYS,
                        "-dname",
                        "CN=" + commonName,
                        "-ext",
                        "SAN=dns:" + commonName,
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass:file",
                        passwordFile.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                keytool.destroyForcibly();
                throw new IOException("keytool did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (keytool.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + keytool.exitValue() + "): " + output.strip());
            }
        } catch (InterruptedException e) {
            keytool.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while keytool was running");
        }
    }
}
