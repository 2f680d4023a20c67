package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.avro.generic.IndexedRecord;

/**
 * The answer to a create or update: 201 (or 200) with the entity once this instance reads back exactly what was
 * written, so the caller may use it at once; 202 with the entity when it is durably in Kafka but not yet readable here.
 */
final class Created {

    private Created() {}

    static <T extends IndexedRecord> void answer(Context ctx, T written, Supplier<Optional<T>> readBack) {
        answer(ctx, written, readBack, TenancyJson.of(written), 201);
    }

    /** @param body what to answer, e.g. the entity with a secret that is shown only now */
    static <T extends IndexedRecord> void answer(
            Context ctx, T written, Supplier<Optional<T>> readBack, ObjectNode body, int status) {
        answer(ctx, readBack, written::equals, body, status);
    }

    /**
     * @param isWritten whether a value read back is the write, for entities whose read-back copy is not
     *     {@code equals} to the one written (byte fields)
     */
    static <T extends IndexedRecord> void answer(
            Context ctx, Supplier<Optional<T>> readBack, Predicate<T> isWritten, ObjectNode body, int status) {
        boolean visible = Visibility.await(readBack, isWritten).isPresent();
        ctx.status(visible ? status : 202).json(body);
    }
}
