package io.vigil.app.dev.sns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The key that signs SNS messages in {@code dev}: an RSA 2048 key pair with a self-signed certificate for
 * {@code CN=sns.amazonaws.com}, made once by {@code keytool} under {@code <data dir>/sns-dev} (a PKCS12 keystore, its
 * random password and the certificate in PEM, the directory and secrets readable by their owner only) and reused on
 * later starts. It proves nothing to anyone but the dev SNS connector, which trusts it by configuration.
 */
public final class DevSigningKey {

    /** The name the SDK's validator requires of an SNS signing certificate. */
    public static final String COMMON_NAME = "sns.amazonaws.com";

    static final String DIR_NAME = "sns-dev";
    static final String KEYSTORE_FILE = "signing.p12";
    static final String PASSWORD_FILE = "signing.password";
    static final String CERTIFICATE_FILE = "signing-cert.pem";
    private static final String ALIAS = "vigil-dev-sns";
    private static final int PASSWORD_BYTES = 24;
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final Path certificatePath;

    private DevSigningKey(PrivateKey privateKey, X509Certificate certificate, Path certificatePath) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.certificatePath = certificatePath;
    }

    /** The key under {@code dataDir}, created first if there is none yet. */
    public static DevSigningKey loadOrCreate(Path dataDir) {
        Path dir = dataDir.resolve(DIR_NAME);
        try {
            if (!Files.exists(dir.resolve(KEYSTORE_FILE))) {
                create(dir);
            }
            return read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or read the dev SNS signing key under " + dir, e);
        }
    }

    /** The key under {@code dataDir}, which {@code vigil dev} must have created. */
    public static DevSigningKey load(Path dataDir) {
        Path dir = dataDir.resolve(DIR_NAME);
        try {
            return read(dir);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(
                    "No dev SNS signing key under " + dir + ": start `vigil dev` with the same --data-dir first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dev SNS signing key under " + dir, e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PEM file of the certificate, which the dev connector serves as the signing certificate. */
    public Path certificatePath() {
        return certificatePath;
    }

    /** The certificate in PEM, as SNS serves its signing certificates. */
    public String certificatePem() {
        try {
            String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The dev SNS certificate cannot be encoded", e);
        }
    }

    /** Makes the files in a private staging directory and moves it into place, so no one sees half a key. */
    private static void create(Path dir) throws IOException {
        Files.createDirectories(dir.toAbsolutePath().getParent());
        Path staging = Files.createTempDirectory(dir.toAbsolutePath().getParent(), DIR_NAME + "-", OWNER_DIR);
        try {
            Path password = staging.resolve(PASSWORD_FILE);
            Files.createFile(password, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            Files.writeString(password, newPassword() + "\n");
            Path keystore = staging.resolve(KEYSTORE_FILE);
            Keytool.generateKeyPair(keystore, password, ALIAS, COMMON_NAME);
            Files.setPosixFilePermissions(keystore, OWNER_FILE);
            Files.writeString(staging.resolve(CERTIFICATE_FILE), read(staging).certificatePem());
            Files.move(staging, dir);
        } catch (FileAlreadyExistsException raced) {
            // another process made the key first: keep that one
        } finally {
            deleteIfPresent(staging);
        }
    }

    private static DevSigningKey read(Path dir) throws IOException {
        char[] password = Files.readString(dir.resolve(PASSWORD_FILE), StandardCharsets.UTF_8)
                .strip()
                .toCharArray();
        try (InputStream in = Files.newInputStream(dir.resolve(KEYSTORE_FILE))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            if (!(keys.getKey(ALIAS, password) instanceof PrivateKey key)
                    || !(keys.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
                throw new IOException("the keystore holds no key and certificate named " + ALIAS);
            }
            return new DevSigningKey(key, certificate, dir.resolve(CERTIFICATE_FILE));
        } catch (GeneralSecurityException e) {
            throw new IOException("the keystore cannot be read", e);
        }
    }

    private static String newPassword() {
        byte[] secret = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static void deleteIfPresent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
