package io.vigil.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker-compose.yml} passes Compose's own schema and interpolation check ({@code docker-compose config}), which
 * needs no Docker engine. Debian's docker-compose is installed by app's pom where the build may install packages.
 */
class ComposeSchemaTest {

    private static final long TIMEOUT_SECONDS = 30;

    @BeforeAll
    static void requireDockerCompose() {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed (apt-get install docker-compose)");
    }

    @Test
    void shouldBeAComposeFileDockerComposeAccepts() throws Exception {
        Result result = config(ComposeFile.FILE);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void shouldFailTheCheckForAnOptionComposeDoesNotKnow(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("docker-compose.yml");
        Files.writeString(
                broken,
                Files.readString(ComposeFile.FILE).replaceFirst("healthcheck:", "healthcheck:\n    start_periods: 5s"));

        Result result = config(broken);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("start_periods");
    }

    private record Result(int exitCode, String output) {}

    private static Result config(Path file) throws IOException, InterruptedException {
        Path output = Files.createTempFile("docker-compose-config", ".log");
        try {
            ProcessBuilder command = new ProcessBuilder(
                            "docker-compose",
                            "--file",
                            file.toString(),
                            "--project-directory",
                            ComposeFile.REPOSITORY.toString(),
                            "config",
                            "--quiet")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            command.environment().put("VIGIL_ADMIN_API_KEY", ComposeFileTest.ADMIN_KEY);
            Process process = command.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("docker-compose config took more than " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
