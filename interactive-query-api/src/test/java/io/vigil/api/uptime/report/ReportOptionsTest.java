package io.vigil.api.uptime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.error.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldReportAtNowWithTheOriginalColumnsByDefault() throws Exception {
        assertThat(ReportOptions.from(body("{}"), NOW)).isEqualTo(new ReportOptions(NOW, false));
    }

    @Test
    void shouldKeepAnExplicitReferenceToTheMicrosecond() throws Exception {
        assertThat(ReportOptions.from(body("{\"at\":\"2023-01-25T18:13:22.479220Z\",\"unknown_columns\":true}"), NOW))
                .isEqualTo(new ReportOptions(Instant.parse("2023-01-25T18:13:22.479220Z"), true));
    }

    @Test
    void shouldLeaveTheReferenceOpenForLatest() throws Exception {
        assertThat(ReportOptions.from(body("{\"at\":\"latest\"}"), NOW).reference())
                .isNull();
    }

    @Test
    void shouldRefuseAReferenceThatIsNotAnInstant() {
        for (String at : new String[] {"\"yesterday\"", "12", "\"2023-01-25\"", "\"" + "9".repeat(50) + "\""}) {
            assertThatThrownBy(() -> ReportOptions.from(body("{\"at\":" + at + "}"), NOW))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void shouldRefuseUnknownColumnsThatIsNotABoolean() {
        assertThatThrownBy(() -> ReportOptions.from(body("{\"unknown_columns\":\"yes\"}"), NOW))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("unknown_columns");
    }

    private JsonNode body(String text) throws Exception {
        return json.readTree(text);
    }
}
