package io.vigil.app.dev.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSigningKeyTest {

    @TempDir
    static Path dataDir;

    private static DevSigningKey created;

    @BeforeAll
    static void create() {
        created = DevSigningKey.loadOrCreate(dataDir);
    }

    @Test
    void shouldReuseTheKeyOnLaterStarts() throws Exception {
        DevSigningKey again = DevSigningKey.loadOrCreate(dataDir);
        DevSigningKey loaded = DevSigningKey.load(dataDir);

        assertThat(again.certificate()).isEqualTo(created.certificate());
        assertThat(loaded.privateKey()).isEqualTo(created.privateKey());
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no staging directory is left").hasSize(1);
        }
    }

    @Test
    void shouldIssueAnRsa2048CertificateForSnsThatMatchesThePrivateKey() throws Exception {
        assertThat(created.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=sns.amazonaws.com");
        assertThat(((RSAPublicKey) created.certificate().getPublicKey())
                        .getModulus()
                        .bitLength())
                .isEqualTo(2048);
        byte[] data = "canonical".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(created.privateKey());
        signer.update(data);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(created.certificate());
        verifier.update(data);

        assertThat(verifier.verify(signer.sign())).isTrue();
    }

    @Test
    void shouldKeepTheSecretsReadableByTheOwnerOnly() throws Exception {
        Path dir = dataDir.resolve(DevSigningKey.DIR_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve(DevSigningKey.PASSWORD_FILE))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve(DevSigningKey.KEYSTORE_FILE))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve(DevSigningKey.PASSWORD_FILE)).strip())
                .hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void shouldWriteTheCertificateAsPem() throws Exception {
        assertThat(created.certificatePath()).isEqualTo(dataDir.resolve("sns-dev/signing-cert.pem"));
        assertThat(Files.readString(created.certificatePath()))
                .isEqualTo(created.certificatePem())
                .startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("\n-----END CERTIFICATE-----\n");
    }

    @Test
    void shouldSayToStartDevFirstWhenThereIsNoKey(@TempDir Path empty) {
        assertThatThrownBy(() -> DevSigningKey.load(empty))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("start `vigil dev`");
        assertThat(empty.resolve(DevSigningKey.DIR_NAME)).doesNotExist();
    }
}
