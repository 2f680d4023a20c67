package io.vigil.api.delivery;

import io.vigil.api.json.JsonFields;
import io.vigil.schema.delivery.CadenceType;
import io.vigil.schema.delivery.EscalationStep;
import io.vigil.schema.delivery.Expectation;
import io.vigil.schema.serde.GeneratedRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * Maps the fields of a JSON body onto an {@link Expectation}. Fields left out keep the schema's defaults; a field
 * that is missing or of the wrong type is recorded and left null, so the validator can still judge the rest.
 */
final class ExpectationReader {

    static final Set<String> FIELDS = names(Expectation.getClassSchema());
    static final Set<String> STEP_FIELDS = names(EscalationStep.getClassSchema());

    private final JsonFields in;

    ExpectationReader(JsonFields in) {
        this.in = in;
    }

    Expectation read(String clientId, String streamId, Instant now) {
        in.rejectUnknown(FIELDS);
        Expectation e = defaults(now);
        e.setClientId(clientId);
        e.setStreamId(streamId);
        e.setBucket(required("bucket"));
        e.setPrefix(in.text("prefix"));
        e.setPattern(in.text("pattern"));
        e.setKeyDatePattern(in.text("key_date_pattern"));
        e.setKeyDateFormat(in.text("key_date_format"));
        e.setTimezone(required("timezone"));
        e.setCadence(cadence());
        e.setCutoffTimeLocal(in.text("cutoff_time_local"));
        ifPresent(in.integers("days_of_week"), e::setDaysOfWeek);
        e.setActiveStartLocal(in.text("active_start_local"));
        e.setActiveEndLocal(in.text("active_end_local"));
        ifPresent(in.integers("active_days_of_week"), e::setActiveDaysOfWeek);
        e.setMaxGapMinutes(in.integer("max_gap_minutes"));
        ifPresent(in.integer("grace_minutes"), e::setGraceMinutes);
        e.setWarnMinutesBefore(in.integer("warn_minutes_before"));
        e.setSkipCalendar(in.text("skip_calendar"));
        ifPresent(in.bool("enabled"), e::setEnabled);
        e.setActiveFrom(in.instant("active_from"));
        in.instant("created_at"); // read-only: checked so a GET body can be sent back, then replaced by now
        ifPresent(in.text("severity"), e::setSeverity);
        ifPresent(in.texts("channels"), e::setChannels);
        ifPresent(escalation(), e::setEscalation);
        return e;
    }

    /** The schema's defaults; the placeholders of the required fields are all overwritten. */
    private static Expectation defaults(Instant now) {
        GeneratedRecords.trust(); // the builder loads EscalationStep by name to fill the escalation default
        return Expectation.newBuilder()
                .setClientId("")
                .setStreamId("")
                .setBucket("")
                .setTimezone("")
                .setCadence(CadenceType.daily_cutoff)
                .setCreatedAt(now)
                .build();
    }

    private String required(String name) {
        if (!in.isPresent(name)) {
            in.error(name, "is required");
        }
        return in.text(name);
    }

    private CadenceType cadence() {
        String name = required("cadence");
        if (name == null) {
            return null;
        }
        for (CadenceType cadence : CadenceType.values()) {
            if (cadence.name().equals(name)) {
                return cadence;
            }
        }
        in.error(
                "cadence",
                JsonFields.quote(name) + " is not one of "
                        + Arrays.stream(CadenceType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** The steps; one that lacks a part stays null in the list, so that indexes still match the request. */
    private List<EscalationStep> escalation() {
        List<JsonFields> steps = in.objects("escalation");
        if (steps == null) {
            return null;
        }
        List<EscalationStep> read = new ArrayList<>(steps.size());
        for (JsonFields step : steps) {
            read.add(step == null ? null : step(step));
        }
        return read;
    }

    private static EscalationStep step(JsonFields step) {
        step.rejectUnknown(STEP_FIELDS);
        Integer afterMinutes = requiredInteger(step, "after_minutes");
        Integer level = requiredInteger(step, "level");
        return afterMinutes == null || level == null ? null : new EscalationStep(afterMinutes, level);
    }

    private static Integer requiredInteger(JsonFields fields, String name) {
        if (!fields.isPresent(name)) {
            fields.error(name, "is required");
        }
        return fields.integer(name);
    }

    private static <T> void ifPresent(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static Set<String> names(Schema schema) {
        return schema.getFields().stream().map(Schema.Field::name).collect(Collectors.toUnmodifiableSet());
    }
}
