package io.vigil.app.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldCreateAKeyWithThirtyTwoSecretBytesReadableByTheOwnerOnly() throws Exception {
        AdminKeyFile keyFile = new AdminKeyFile(dataDir, new SecureRandom());

        String key = keyFile.loadOrCreate();

        assertThat(key).matches("admin_[0-9a-f]{8}\\.[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(key.substring(key.indexOf('.') + 1)))
                .hasSize(32);
        assertThat(Files.getPosixFilePermissions(keyFile.path()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void shouldKeepTheSameKeyAcrossRestarts() {
        String first = new AdminKeyFile(dataDir, new SecureRandom()).loadOrCreate();
        String second = new AdminKeyFile(dataDir, new SecureRandom()).loadOrCreate();

        assertThat(second).isEqualTo(first);
    }
}
