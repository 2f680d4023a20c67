package io.vigil.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.serde.GeneratedRecords;
import io.vigil.topology.delivery.expectation.FieldError;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class ExpectationJsonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123Z");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadBackWhatItWrites() throws Exception {
        Expectation full = full();

        Expectation read = ExpectationJson.fromJson(ExpectationJson.toJson(full, mapper), null, null, NOW);

        assertThat(read).isEqualTo(full);
        assertThat(Expectation.fromByteBuffer(read.toByteBuffer())).isEqualTo(full);
        assertThat(ExpectationJson.toJson(full, mapper).fieldNames())
                .as("every field but the other cadence's cutoff takes part, so none can be forgotten")
                .toIterable()
                .hasSize(Expectation.getClassSchema().getFields().size() - 1)
                .doesNotContain("cutoff_time_local");
    }

    @Test
    void shouldReadBackAMinimalExpectationUnderThePathsIds() throws Exception {
        Expectation minimal = minimal().build();

        assertThat(ExpectationJson.fromJson(ExpectationJson.toJson(minimal, mapper), "acme", "orders", NOW))
                .isEqualTo(minimal);
    }

    @Test
    void shouldWriteSnakeCaseNamesIsoInstantsAndNoNulls() throws Exception {
        String json = mapper.writeValueAsString(ExpectationJson.toJson(minimal().build(), mapper));

        assertThat(json)
                .isEqualTo("{\"client_id\":\"acme\",\"stream_id\":\"orders\",\"bucket\":\"landing\","
                        + "\"timezone\":\"Europe/London\",\"cadence\":\"daily_cutoff\",\"cutoff_time_local\":\"10:00\","
                        + "\"days_of_week\":[],\"active_days_of_week\":[],\"grace_minutes\":0,\"enabled\":true,"
                        + "\"created_at\":\"2026-03-01T12:00:00.123Z\",\"severity\":\"warning\",\"channels\":[],"
                        + "\"escalation\":[]}");
    }

    @Test
    void shouldWriteEverySchemaFieldOfAFullExpectation() {
        Expectation everyField = full();
        everyField.setCutoffTimeLocal("10:00"); // belongs to the other cadence: writing does not judge

        ObjectNode json = ExpectationJson.toJson(everyField, mapper);

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactlyElementsOf(Expectation.getClassSchema().getFields().stream()
                        .map(Schema.Field::name)
                        .toList());
        assertThat(json.get("active_from").textValue()).isEqualTo("2026-02-01T00:00:00.250Z");
        assertThat(json.get("escalation").get(1).toString()).isEqualTo("{\"after_minutes\":120,\"level\":3}");
    }

    @Test
    void shouldFillDefaultsAndTheCreationTime() throws Exception {
        Expectation read = ExpectationJson.fromJson(
                json("{'client_id':'acme','stream_id':'orders','bucket':'landing','timezone':'Europe/London',"
                        + "'cadence':'daily_cutoff','cutoff_time_local':'10:00'}"),
                null,
                null,
                NOW);

        assertThat(read).isEqualTo(minimal().build());
    }

    @Test
    void shouldIgnoreTheCreationTimeOfTheBody() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        body.put("created_at", "2020-01-01T00:00:00Z");

        assertThat(ExpectationJson.fromJson(body, null, null, NOW).getCreatedAt())
                .isEqualTo(NOW);
    }

    @Test
    void shouldTakeIdsFromThePathAndRefuseABodyThatDiffers() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        body.remove("client_id");

        assertThat(ExpectationJson.fromJson(body, "acme", "orders", NOW).getClientId())
                .isEqualTo("acme");
        assertThat(errors(body, null, "orders")).containsExactly(new FieldError("client_id", "is required"));
        body.put("client_id", "globex");
        assertThat(errors(body, "acme", "orders"))
                .containsExactly(new FieldError("client_id", "\"globex\" differs from \"acme\" in the path"));
    }

    @Test
    void shouldRefuseABodyThatIsNotAnObject() throws Exception {
        assertThat(errors(json("[]"), "acme", "orders"))
                .containsExactly(new FieldError("body", "must be a JSON object"));
        assertThat(errors(null, "acme", "orders")).containsExactly(new FieldError("body", "must be a JSON object"));
    }

    @Test
    void shouldNameEveryRequiredFieldThatIsMissing() throws Exception {
        assertThat(errors(json("{}"), null, null))
                .extracting(FieldError::field)
                .containsExactly("client_id", "stream_id", "bucket", "timezone", "cadence");
    }

    @Test
    void shouldNameUnknownFieldsAtEveryLevel() throws Exception {
        ObjectNode body = ExpectationJson.toJson(full(), mapper);
        body.put("cutoff", "10:00");
        ((ObjectNode) body.get("escalation").get(0)).put("after", 5);

        assertThat(errors(body, null, null))
                .containsExactly(
                        new FieldError("cutoff", "is not a known field"),
                        new FieldError("escalation[0].after", "is not a known field"));
    }

    @Test
    void shouldNameEveryFieldOfTheWrongJsonType() throws Exception {
        ObjectNode body = ExpectationJson.toJson(full(), mapper);
        body.put("bucket", 42);
        body.put("grace_minutes", "30");
        body.put("max_gap_minutes", 1.5);
        body.put("warn_minutes_before", 3_000_000_000L);
        body.put("enabled", "false");
        body.put("active_from", "yesterday");
        body.putObject("channels");
        body.putArray("active_days_of_week").add(1).add("Tuesday");
        body.putArray("escalation").add("soon").addObject().put("after_minutes", 30);

        assertThat(errors(body, null, null))
                .containsExactly(
                        new FieldError("bucket", "must be a string"),
                        new FieldError("active_days_of_week[1]", "must be a whole number"),
                        new FieldError("max_gap_minutes", "must be a whole number"),
                        new FieldError("grace_minutes", "must be a whole number"),
                        new FieldError("warn_minutes_before", "3000000000 is out of range"),
                        new FieldError("enabled", "must be true or false"),
                        new FieldError(
                                "active_from", "\"yesterday\" is not an ISO-8601 instant such as 2026-03-01T09:00:00Z"),
                        new FieldError("channels", "must be an array"),
                        new FieldError("escalation[0]", "must be an object"),
                        new FieldError("escalation[1].level", "is required"));
    }

    @Test
    void shouldNameAnUnknownCadence() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        body.put("cadence", "weekly");

        assertThat(errors(body, null, null))
                .containsExactly(new FieldError("cadence", "\"weekly\" is not one of daily_cutoff, max_gap"));
    }

    @Test
    void shouldIncludeTheRulesOfTheValidator() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        body.put("cutoff_time_local", "25:00");
        body.put("timezone", "Mars/Olympus");
        body.put("grace_minutes", -1);

        assertThat(errors(body, null, null))
                .containsExactly(
                        new FieldError(
                                "timezone", "\"Mars/Olympus\" is not an IANA time zone id (e.g. Europe/London, UTC)"),
                        new FieldError("grace_minutes", "must be between 0 and 10080 (one week), was -1"),
                        new FieldError("cutoff_time_local", "\"25:00\" is not a time of day (HH:MM or HH:MM:SS)"));
    }

    @Test
    void shouldJudgeTheRestWhenSomeFieldsHaveTheWrongType() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        body.put("bucket", true);
        body.putArray("days_of_week").add(1).addNull().add(9);

        assertThat(errors(body, null, null))
                .containsExactly(
                        new FieldError("bucket", "must be a string"),
                        new FieldError("days_of_week[1]", "must be a whole number"),
                        new FieldError("days_of_week[2]", "9 is not a day of the week (0 = Monday .. 6 = Sunday)"));
    }

    @Test
    void shouldStoreInstantsInUtcToTheMillisecond() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        body.put("active_from", "2026-03-29T02:30:00.123456+02:00");

        Expectation read = ExpectationJson.fromJson(body, null, null, NOW);

        assertThat(read.getActiveFrom()).isEqualTo(Instant.parse("2026-03-29T00:30:00.123Z"));
        assertThat(Expectation.fromByteBuffer(read.toByteBuffer())).isEqualTo(read);
        assertThat(ExpectationJson.toJson(read, mapper).get("active_from").textValue())
                .isEqualTo("2026-03-29T00:30:00.123Z");
    }

    @Test
    void shouldListAtMostFiftyProblems() throws Exception {
        ObjectNode body = ExpectationJson.toJson(minimal().build(), mapper);
        for (int i = 0; i < 70; i++) {
            body.put("extra" + i, i);
        }

        List<FieldError> errors = errors(body, null, null);

        assertThat(errors).hasSize(51);
        assertThat(errors.get(50)).isEqualTo(new FieldError("body", "has 20 more problems not listed"));
    }

    @Test
    void shouldCarryNoStackTrace() throws Exception {
        List<FieldError> errors = List.of(new FieldError("bucket", "is required"));
        ExpectationJson.Invalid invalid = new ExpectationJson.Invalid(errors);

        assertThat(invalid.getStackTrace()).isEmpty();
        assertThat(invalid.getMessage()).isEqualTo("Invalid expectation: bucket: is required");
        assertThat(invalid.errors()).isEqualTo(errors);
    }

    private List<FieldError> errors(JsonNode body, String clientId, String streamId) {
        ExpectationJson.Invalid invalid = catchThrowableOfType(
                ExpectationJson.Invalid.class, () -> ExpectationJson.fromJson(body, clientId, streamId, NOW));
        assertThat(invalid).as("expected the body to be refused").isNotNull();
        return invalid.errors();
    }

    private JsonNode json(String singleQuoted) throws Exception {
        return mapper.readTree(singleQuoted.replace('\'', '"'));
    }

    static Expectation.Builder minimal() {
        GeneratedRecords.trust(); // the builder loads EscalationStep by name to fill the escalation default
        return Expectation.newBuilder()
                .setClientId("acme")
                .setStreamId("orders")
                .setBucket("landing")
                .setTimezone("Europe/London")
                .setCadence(CadenceType.daily_cutoff)
                .setCutoffTimeLocal("10:00")
                .setCreatedAt(NOW);
    }

    /** Every field set, so that a field the JSON form forgets breaks the round trip. */
    static Expectation full() {
        return minimal()
                .setCadence(CadenceType.max_gap)
                .setCutoffTimeLocal(null)
                .setPrefix("acme/orders/")
                .setPattern("acme/orders/\\d{8}\\.csv")
                .setKeyDatePattern("(?P<date>\\d{8})")
                .setKeyDateFormat("yyyyMMdd")
                .setDaysOfWeek(List.of())
                .setActiveStartLocal("22:00")
                .setActiveEndLocal("02:00:30")
                .setActiveDaysOfWeek(List.of(0, 4))
                .setMaxGapMinutes(90)
                .setGraceMinutes(15)
                .setWarnMinutesBefore(10)
                .setSkipCalendar("uk-bank-holidays")
                .setEnabled(false)
                .setActiveFrom(Instant.parse("2026-02-01T00:00:00.250Z"))
                .setSeverity("critical")
                .setChannels(List.of("ops-pager", "team.slack"))
                .setEscalation(List.of(new EscalationStep(30, 2), new EscalationStep(120, 3)))
                .build();
    }
}
