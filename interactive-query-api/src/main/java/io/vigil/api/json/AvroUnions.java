package io.vigil.api.json;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/** Picks the branch of a union that a Java value belongs to, including values of logical types. */
final class AvroUnions {

    private AvroUnions() {}

    static Schema branchFor(Object datum, Schema union) {
        for (Schema branch : union.getTypes()) {
            if (matches(datum, branch)) {
                return branch;
            }
        }
        throw new IllegalArgumentException(
                "Value of " + datum.getClass().getSimpleName() + " fits no branch of " + union);
    }

    private static boolean matches(Object datum, Schema branch) {
        return switch (branch.getType()) {
            case NULL -> datum == null;
            case BOOLEAN -> datum instanceof Boolean;
            case INT -> datum instanceof Integer || datum instanceof LocalDate || datum instanceof LocalTime;
            case LONG ->
                datum instanceof Long
                        || datum instanceof Instant
                        || datum instanceof LocalTime
                        || datum instanceof LocalDateTime;
            case FLOAT -> datum instanceof Float;
            case DOUBLE -> datum instanceof Double;
            case STRING -> datum instanceof CharSequence || datum instanceof UUID;
            case BYTES -> datum instanceof ByteBuffer || datum instanceof BigDecimal;
            case FIXED ->
                datum instanceof GenericFixed fixed && sameName(fixed, branch)
                        || datum instanceof BigDecimal
                        || datum instanceof UUID;
            case ENUM ->
                datum instanceof Enum<?> symbol && branch.getFullName().equals(fullName(symbol))
                        || datum instanceof GenericContainer container && sameName(container, branch);
            case RECORD -> datum instanceof IndexedRecord record && sameName(record, branch);
            case ARRAY -> datum instanceof Collection<?>;
            case MAP -> datum instanceof Map<?, ?>;
            case UNION -> false;
        };
    }

    private static boolean sameName(GenericContainer container, Schema branch) {
        return container.getSchema().getFullName().equals(branch.getFullName());
    }

    private static String fullName(Enum<?> symbol) {
        return symbol.getDeclaringClass().getName();
    }
}
