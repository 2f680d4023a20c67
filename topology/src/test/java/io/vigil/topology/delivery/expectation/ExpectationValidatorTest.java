package io.vigil.topology.delivery.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationValidatorTest {

    private static Expectation.Builder valid() {
        return Expectation.newBuilder()
                .setClientId("acme")
                .setStreamId("orders")
                .setBucket("landing")
                .setPrefix("acme/orders/")
                .setTimezone("Europe/London")
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal("10:00")
                .setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<String> fields(Expectation.Builder expectation) {
        return ExpectationValidator.validate(expectation.build()).stream()
                .map(FieldError::field)
                .toList();
    }

    @Test
    void shouldAcceptAValidExpectation() {
        assertThat(ExpectationValidator.validate(valid().build())).isEmpty();
    }

    @Test
    void shouldNameTheFieldOfEveryBadValue() {
        assertThat(fields(valid().setTimezone("Mars/Olympus"))).containsExactly("timezone");
        assertThat(fields(valid().setTimezone("+02:00"))).containsExactly("timezone");
        assertThat(fields(valid().setCutoffTimeLocal("25:00"))).containsExactly("cutoff_time_local");
        assertThat(fields(valid().setGraceMinutes(-1))).containsExactly("grace_minutes");
        assertThat(fields(valid().setPattern("a(b"))).containsExactly("pattern");
        assertThat(fields(valid().setKeyDatePattern("(\\d+)"))).containsExactly("key_date_pattern");
        assertThat(fields(valid().setClientId("a/b"))).containsExactly("client_id");
        assertThat(fields(valid().setBucket("No_Such"))).containsExactly("bucket");
        assertThat(fields(valid().setDaysOfWeek(List.of(0, 7, 0)))).containsExactly("days_of_week", "days_of_week");
        assertThat(fields(valid().setSeverity("panic"))).containsExactly("severity");
        assertThat(fields(valid().setEscalation(List.of(new EscalationStep(60, 2), new EscalationStep(30, 2)))))
                .containsExactly("escalation[1].after_minutes", "escalation[1].level");
    }

    @Test
    void shouldRefuseAPatternThatWouldBacktrackInsteadOfRunningIt() {
        assertThat(fields(valid().setPattern("(a+)+\\1"))).containsExactly("pattern");
    }

    @Test
    void shouldRequireAGapThatFitsTheWindow() {
        Expectation.Builder maxGap = valid().setCadence(CadenceType.max_gap)
                .setCutoffTimeLocal(null)
                .setActiveStartLocal("22:00")
                .setActiveEndLocal("02:00");

        assertThat(fields(maxGap.setMaxGapMinutes(240))).isEmpty();
        assertThat(fields(maxGap.setMaxGapMinutes(241))).containsExactly("max_gap_minutes");
        assertThat(fields(maxGap.setMaxGapMinutes(0))).containsExactly("max_gap_minutes");
        assertThat(fields(maxGap.setMaxGapMinutes(null))).containsExactly("max_gap_minutes");
    }
}
