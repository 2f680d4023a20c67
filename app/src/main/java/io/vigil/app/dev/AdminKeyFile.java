package io.vigil.app.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The admin API key of a {@code dev} installation: generated once, kept under the data directory readable by its owner
 * only, so that restarts keep the same key. A key is {@code prefix.secret} with 32 random bytes of secret.
 */
public final class AdminKeyFile {

    static final String FILE_NAME = "admin-api-key";
    private static final int SECRET_BYTES = 32;

    private final Path file;
    private final SecureRandom random;

    public AdminKeyFile(Path dataDir, SecureRandom random) {
        this.file = dataDir.resolve(FILE_NAME);
        this.random = random;
    }

    public Path path() {
        return file;
    }

    /** The stored key, or a new one written to the file when there is none yet. */
    public String loadOrCreate() {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            String key = newKey();
            Path temp = Files.createTempFile(
                    file.getParent(),
                    FILE_NAME,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, key + System.lineSeparator());
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException raced) {
                Files.delete(temp);
                return Files.readString(file).trim();
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin API key file " + file, e);
        }
    }

    private String newKey() {
        byte[] prefix = new byte[4];
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(prefix);
        random.nextBytes(secret);
        return "admin_" + HexFormat.of().formatHex(prefix) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
