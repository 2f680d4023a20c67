package io.vigil.topology.delivery.expectation;

import static io.vigil.topology.delivery.expectation.Expectations.dailyCutoff;
import static io.vigil.topology.delivery.expectation.Expectations.errors;
import static io.vigil.topology.delivery.expectation.Expectations.fields;
import static io.vigil.topology.delivery.expectation.Expectations.maxGap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectationValidatorTest {

    @Test
    void shouldAcceptValidExpectationsOfBothCadences() {
        assertThat(errors(dailyCutoff())).isEmpty();
        assertThat(errors(maxGap())).isEmpty();
    }

    @Test
    void shouldAcceptAnExpectationThatUsesEveryOptionalField() {
        Expectation.Builder full = dailyCutoff()
                .setPattern("acme/orders/\\d{8}\\.csv")
                .setKeyDatePattern("(?P<date>\\d{8})")
                .setKeyDateFormat("yyyyMMdd")
                .setDaysOfWeek(List.of(0, 1, 2, 3, 4))
                .setGraceMinutes(30)
                .setWarnMinutesBefore(15)
                .setSkipCalendar("uk-bank-holidays")
                .setEnabled(false)
                .setActiveFrom(Instant.parse("1999-12-31T23:59:59.999Z"))
                .setSeverity("critical")
                .setChannels(List.of("ops-pager", "team.slack"))
                .setEscalation(List.of(new EscalationStep(30, 2), new EscalationStep(120, 3)));

        assertThat(errors(full)).isEmpty();
    }

    @Test
    void shouldAllowABucketWideStreamWithoutPrefixOrPattern() {
        assertThat(errors(dailyCutoff().setPrefix(null).setPattern(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "a b", ".", "..", "ünïcode", "a\nb"})
    void shouldRefuseAnIdThatIsNotSafeInKeysAndPaths(String id) {
        assertThat(errors(dailyCutoff().setClientId(id)))
                .containsExactly(new FieldError(
                        "client_id",
                        FieldErrors.quote(id) + " is not a valid id (1-128 characters of A-Z a-z 0-9 . _ -, not \".\""
                                + " or \"..\")"));
        assertThat(fields(dailyCutoff().setStreamId(id))).containsExactly("stream_id");
    }

    @Test
    void shouldAcceptIdsUpTo128Characters() {
        assertThat(errors(dailyCutoff().setClientId("A-z_0.9".repeat(18) + "xy")))
                .isEmpty();
        assertThat(fields(dailyCutoff().setStreamId("s".repeat(129)))).containsExactly("stream_id");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        assertThat(fields(dailyCutoff()
                        .setClientId("a/b")
                        .setTimezone("Mars/Olympus")
                        .setCutoffTimeLocal("25:00")
                        .setGraceMinutes(-1)))
                .containsExactlyInAnyOrder("client_id", "timezone", "cutoff_time_local", "grace_minutes");
    }

    @Test
    void shouldNeverThrowOnARecordWithNothingSet() {
        List<FieldError> errors = ExpectationValidator.validate(new Expectation());

        assertThat(errors)
                .extracting(FieldError::field)
                .contains("client_id", "stream_id", "bucket", "timezone", "cadence", "severity", "created_at");
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    }

    @Test
    void shouldNeverThrowOnNullListEntries() {
        Expectation broken = dailyCutoff().build();
        broken.setDaysOfWeek(Arrays.asList(1, null));
        broken.setChannels(Arrays.asList("ops", null));
        broken.setEscalation(Arrays.asList(new EscalationStep(30, 2), null));

        assertThat(ExpectationValidator.validate(broken))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("days_of_week[1]", "channels[1]", "escalation[1]");
    }

    @Property(tries = 500)
    void shouldNeverThrowWhateverTheTextFieldsHold(
            @ForAll String text, @ForAll @CharRange(from = '(', to = '}') @StringLength(max = 40) String regexish) {
        Expectation anything = dailyCutoff()
                .setClientId(text)
                .setBucket(text)
                .setPrefix(text)
                .setPattern(regexish)
                .setKeyDatePattern(regexish)
                .setKeyDateFormat(text)
                .setTimezone(text)
                .setCutoffTimeLocal(text)
                .setActiveStartLocal(regexish)
                .setSkipCalendar(text)
                .setSeverity(text)
                .setChannels(List.of(text))
                .build();

        assertThatCode(() -> ExpectationValidator.validate(anything)).doesNotThrowAnyException();
    }

    @Test
    void shouldReportAMissingExpectation() {
        assertThat(ExpectationValidator.validate(null)).containsExactly(new FieldError("expectation", "is required"));
    }

    @Test
    void shouldRequireACreationTime() {
        Expectation expectation = dailyCutoff().build();
        expectation.put("created_at", null); // the setter itself refuses null

        assertThat(ExpectationValidator.validate(expectation))
                .containsExactly(new FieldError("created_at", "is required"));
    }
}
