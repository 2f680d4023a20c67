package io.vigil.topology.delivery.expectation;

import static io.vigil.topology.delivery.expectation.Expectations.dailyCutoff;
import static io.vigil.topology.delivery.expectation.Expectations.errors;
import static io.vigil.topology.delivery.expectation.Expectations.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.schema.delivery.EscalationStep;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"info", "warning", "critical"})
    void shouldAcceptTheThreeSeverities(String severity) {
        assertThat(errors(dailyCutoff().setSeverity(severity))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"panic", "Critical", ""})
    void shouldRefuseAnyOtherSeverity(String severity) {
        assertThat(errors(dailyCutoff().setSeverity(severity)))
                .containsExactly(new FieldError(
                        "severity", FieldErrors.quote(severity) + " is not one of info, warning, critical"));
    }

    @Test
    void shouldAcceptUpToTwentyDistinctChannels() {
        assertThat(errors(dailyCutoff().setChannels(ids(20)))).isEmpty();
        assertThat(errors(dailyCutoff().setChannels(ids(21))))
                .containsExactly(new FieldError("channels", "has 21 entries; at most 20"));
    }

    @Test
    void shouldRequireEachChannelToBeAnIdListedOnce() {
        assertThat(fields(dailyCutoff().setChannels(List.of("ops", "https://evil.example/", "ops"))))
                .containsExactly("channels[1]", "channels[2]");
        assertThat(errors(dailyCutoff().setChannels(List.of("ops", "ops"))))
                .containsExactly(new FieldError("channels[1]", "\"ops\" is listed twice"));
    }

    @Test
    void shouldAcceptStrictlyRisingSteps() {
        assertThat(errors(dailyCutoff().setEscalation(steps(10)))).isEmpty();
        assertThat(errors(
                        dailyCutoff().setEscalation(List.of(new EscalationStep(1, 2), new EscalationStep(10_080, 9)))))
                .isEmpty();
    }

    @Test
    void shouldAllowAtMostTenSteps() {
        assertThat(errors(dailyCutoff().setEscalation(steps(11))))
                .containsExactly(new FieldError("escalation", "has 11 steps; at most 10"));
    }

    @Test
    void shouldStartStepsAfterTheEpisodeOpensAndAboveLevelOne() {
        assertThat(errors(dailyCutoff().setEscalation(List.of(new EscalationStep(0, 1)))))
                .containsExactly(
                        new FieldError("escalation[0].after_minutes", "must be greater than 0, was 0"),
                        new FieldError("escalation[0].level", "must be at least 2, was 1"));
    }

    @Test
    void shouldRequireMinutesAndLevelsToRise() {
        assertThat(errors(dailyCutoff()
                        .setEscalation(List.of(
                                new EscalationStep(60, 3), new EscalationStep(60, 3), new EscalationStep(30, 2)))))
                .containsExactly(
                        new FieldError(
                                "escalation[1].after_minutes", "must be greater than the previous step's 60, was 60"),
                        new FieldError("escalation[1].level", "must be greater than the previous step's 3, was 3"),
                        new FieldError(
                                "escalation[2].after_minutes", "must be greater than the previous step's 60, was 30"),
                        new FieldError("escalation[2].level", "must be greater than the previous step's 3, was 2"));
    }

    @Test
    void shouldKeepStepsWithinAWeek() {
        assertThat(errors(dailyCutoff().setEscalation(List.of(new EscalationStep(10_081, 2)))))
                .containsExactly(
                        new FieldError("escalation[0].after_minutes", "must be at most 10080 (one week), was 10081"));
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "hook-" + i).toList();
    }

    private static List<EscalationStep> steps(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new EscalationStep(30 * (i + 1), i + 2))
                .toList();
    }
}
