package io.vigil.api.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vigil.api.json.JsonBodies;
import io.vigil.api.json.JsonFields;
import io.vigil.topology.delivery.expectation.FieldError;
import java.util.List;
import java.util.Set;

/** Reads a request body as the fields of one JSON object, refusing fields the route does not know. */
final class Bodies {

    private Bodies() {}

    /** @param errors where problems with the fields are recorded */
    static JsonFields fields(Context ctx, ObjectMapper json, Set<String> known, List<FieldError> errors) {
        JsonFields fields = new JsonFields((ObjectNode) JsonBodies.object(ctx, json), "", errors);
        fields.rejectUnknown(known);
        return fields;
    }
}
