package io.vigil.schema.serde;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Tells Avro to trust the classes generated from {@code schemas/avro}. Avro 1.12 refuses to load classes by name
 * outside an allow-list, and the generated builders themselves load enum classes that way when they fill a field
 * default, so the trust has to be in Avro's JVM-wide validator; this adds exactly Vigil's generated package to it.
 */
public final class GeneratedRecords {

    private static final String GENERATED_PACKAGE = "io.vigil.schema.";
    private static final AtomicBoolean TRUSTED = new AtomicBoolean();

    private GeneratedRecords() {}

    /** Idempotent; call before generated records are built or read. */
    public static void trust() {
        if (TRUSTED.compareAndSet(false, true)) {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                    ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith(GENERATED_PACKAGE)));
        }
    }
}
