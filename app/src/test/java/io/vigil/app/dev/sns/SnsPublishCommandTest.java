package io.vigil.app.dev.sns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code vigil sns-publish} refuses before it signs or sends anything; posting is covered by DevSnsIT. */
class SnsPublishCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void shouldRefuseSignatureVersionsSnsDoesNotUse() throws Exception {
        Path file = Files.writeString(dir.resolve("event.json"), SnsEnvelopeSignerTest.S3_PUT);

        assertThat(run("--signature-version", "3", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--signature-version must be 1 or 2");
    }

    @Test
    void shouldRefuseAFileThatIsNotAJsonObject() throws Exception {
        Path text = Files.writeString(dir.resolve("event.txt"), "Records: none");
        Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");

        assertThat(run(text.toString())).isEqualTo(2);
        assertThat(run(array.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not JSON").contains("does not hold a JSON object");
    }

    @Test
    void shouldRefuseAMessageLargerThanSnsPublishes() throws Exception {
        Path big = Files.writeString(
                dir.resolve("big.json"), "{\"pad\":\"" + "x".repeat(SnsPublishCommand.MAX_MESSAGE_BYTES) + "\"}");

        assertThat(run(big.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is larger than " + SnsPublishCommand.MAX_MESSAGE_BYTES + " bytes");
    }

    @Test
    void shouldSayWhichFileIsMissing() {
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file").contains("missing.json");
    }

    private int run(String... args) {
        return new CommandLine(new SnsPublishCommand())
                .setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter()))
                .execute(args);
    }
}
