package io.vigil.schema.serde;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/**
 * The Avro model Vigil reads its own generated records with. Avro refuses to load classes by name unless their
 * package is listed in a JVM-wide system property; rather than widen that list for the whole process, this model
 * loads exactly the classes generated from {@code schemas/avro} (namespace {@code io.vigil.schema.*}) and leaves every
 * other name to Avro's checks.
 */
final class GeneratedRecordModel extends SpecificData {

    private static final String GENERATED_PACKAGE = "io.vigil.schema.";

    private final Map<String, Optional<Class<?>>> generatedClasses = new ConcurrentHashMap<>();

    GeneratedRecordModel() {
        super(GeneratedRecordModel.class.getClassLoader());
        addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        addLogicalTypeConversion(new TimeConversions.DateConversion());
        addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        addLogicalTypeConversion(new Conversions.DecimalConversion());
        addLogicalTypeConversion(new Conversions.UUIDConversion());
    }

    @Override
    public Class getClass(Schema schema) {
        boolean named = schema.getType() == Schema.Type.RECORD
                || schema.getType() == Schema.Type.ENUM
                || schema.getType() == Schema.Type.FIXED;
        if (named && schema.getFullName().startsWith(GENERATED_PACKAGE)) {
            // Avro asks for the class of every record it creates: load each once.
            return generatedClasses
                    .computeIfAbsent(schema.getFullName(), name -> load(schema))
                    .orElse(null);
        }
        return super.getClass(schema);
    }

    private Optional<Class<?>> load(Schema schema) {
        try {
            return Optional.of(Class.forName(getClassName(schema), true, getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
