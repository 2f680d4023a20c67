package io.vigil.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vigil.embedded.EmbeddedKafkaCluster;
import io.vigil.embedded.EmbeddedS3;
import io.vigil.testkit.EmbeddedKafkaExtension;
import io.vigil.testkit.TestNames;
import io.vigil.testkit.browser.HeadlessChromium;
import io.vigil.testkit.browser.WebDriverSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sensor UI in a real headless Chromium: sign in, upload a file through the page, follow it to its page and see
 * the final aggregates, chart, per-sensor table and errors appear.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
@Timeout(240)
class SensorUiIT {

    private static final String FILE =
            """
            sensor_id,timestamp,value
            ui-1,2024-01-01T00:00:00Z,10
            ui-2,2024-01-01T00:01:00+02:00,20.5
            ui-1,not-a-time,3
            ui-2,2024-01-01T00:04:00.123Z,-4.5
            """;

    private EmbeddedS3 s3;
    private RunningVigil vigil;
    private Path csv;

    @BeforeEach
    void start(
            EmbeddedKafkaCluster kafka, TestInfo test, @TempDir Path stateDir, @TempDir Path s3Dir, @TempDir Path dir)
            throws Exception {
        HeadlessChromium.assumeInstalled();
        s3 = EmbeddedS3.start(s3Dir, 0, List.of("vigil-sensor"));
        vigil = new RunningVigil(kafka, TestNames.unique(test), stateDir, RunningVigil.s3Settings(s3));
        csv = Files.writeString(dir.resolve("readings <1>.csv"), FILE, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        if (vigil != null) {
            vigil.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void shouldUploadThroughThePageAndShowTheFinalAggregates() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriverSession page = chromium.session();
            page.navigate(vigil.baseUrl() + "/ui");
            assertThat(page.title()).startsWith("Sign in");
            page.find("#api-key").sendKeys("admin_runningvigil.wrong-key-wrong-key-wrong-key-wrong-key-wrong-k");
            page.find("form button[type=submit]").click();
            // a click starts the form's navigation without waiting for it: wait for the page it leads to
            await().atMost(RunningVigil.WAIT).until(() -> page.count("#login-error") == 1);
            assertThat(page.find("#login-error").text()).contains("not valid");
            page.find("#api-key").sendKeys(RunningVigil.ADMIN_KEY);
            page.find("form button[type=submit]").click();
            await().atMost(RunningVigil.WAIT).until(page::title, title -> title.startsWith("Sensor files"));

            page.find("#files").sendKeys(csv.toString());
            page.find("#upload button[type=submit]").click();
            await().atMost(RunningVigil.WAIT)
                    .until(() -> page.find("#upload-message").text(), text -> text.startsWith("Uploaded 1 file"));
            assertThat(page.execute("return document.getElementById('upload-progress').value;")
                            .asInt())
                    .isEqualTo(100);
            // other tests of this JVM share the broker and its topics: pick this test's file among theirs
            String ownLink =
                    "Array.from(document.querySelectorAll('#recent a')).find(a => a.textContent === 'readings <1>.csv')";
            await().atMost(RunningVigil.WAIT)
                    .until(() -> page.execute("return !!" + ownLink + ";").asBoolean());
            page.execute(ownLink + ".click();");
            await().atMost(RunningVigil.WAIT).until(() -> page.count("#status") == 1);
            // the page reloads itself once the file is final: an element may vanish between two looks
            await().atMost(RunningVigil.WAIT)
                    .ignoreExceptions()
                    .until(() -> page.find("#status").text(), "partial"::equals);
            await().atMost(RunningVigil.WAIT).until(() -> page.count("svg.chart") == 1);
            assertThat(page.find("#row-count").text()).isEqualTo("3");
            assertThat(page.find("#error-count").text()).isEqualTo("1");
            assertThat(page.find("#mean-value").text()).isEqualTo("8.666666666666666");
            assertThat(page.find("#min-value").text()).isEqualTo("-4.5");
            assertThat(page.find("#max-value").text()).isEqualTo("20.5");
            assertThat(page.count("svg.chart g.series")).isEqualTo(2);
            assertThat(page.count("#sensors tbody tr")).isEqualTo(2);
            assertThat(page.find("#errors tbody").text()).contains("3", "4", "bad_timestamp");
        }
    }
}
