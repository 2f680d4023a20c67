package io.vigil.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.schema.trace.CorrelationIds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The production logback.xml: text by default, one JSON object a line with one flag, the correlation id in both. */
class LogFormatTest {

    @Test
    void shouldWriteOneParsableJsonObjectALineCarryingTheCorrelationIdWhenTheFlagSaysJson() throws Exception {
        String line = logOneLine("json");

        JsonNode entry = new ObjectMapper().readTree(line);
        assertThat(entry.path("level").asText()).isEqualTo("WARN");
        assertThat(entry.path("loggerName").asText()).isEqualTo("io.vigil.example");
        assertThat(entry.path("formattedMessage").asText()).isEqualTo("record 42 sent to the DLQ");
        assertThat(entry.path("mdc").path(CorrelationIds.MDC_KEY).asText()).isEqualTo("req-7");
    }

    @Test
    void shouldWriteTextWithTheCorrelationIdByDefault() throws Exception {
        String line = logOneLine(null);

        assertThat(line).contains("WARN").contains("[req-7]").endsWith("- record 42 sent to the DLQ");
    }

    /** Configures a fresh Logback from the production file and logs one WARN line under a correlation id. */
    private static String logOneLine(String format) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        if (format != null) {
            context.putProperty("vigil.log.format", format);
        }
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (MDC.MDCCloseable id = MDC.putCloseable(CorrelationIds.MDC_KEY, "req-7")) {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            context.getLogger("io.vigil.example").warn("record {} sent to the DLQ", 42);
        } finally {
            System.setErr(stderr);
            context.stop();
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        return lines[0];
    }
}
