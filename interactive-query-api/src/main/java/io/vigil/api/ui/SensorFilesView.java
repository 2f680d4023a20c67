package io.vigil.api.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.api.auth.ApiKey;
import java.util.List;

/**
 * What the pages show, as the JSON routes answer it, so a page and {@code GET /files/{id}} can never disagree. Every
 * method throws the API's 404 for an unknown file and its 503 while stores move; {@code caller} is the key of the
 * person looking, sent along when a read is forwarded to the instance that holds the data.
 */
public interface SensorFilesView {

    /** The {@code GET /files/{id}} document. */
    JsonNode file(ApiKey caller, String fileId);

    /** The first {@code limit} entries of {@code GET /files/{id}/sensors}, by sensor id. */
    List<JsonNode> sensors(ApiKey caller, String fileId, int limit);

    /** The {@code GET /files/{id}/series} document, or null while the file has none. */
    JsonNode series(ApiKey caller, String fileId);

    /** The first {@code limit} items of {@code GET /files}, newest first. */
    List<JsonNode> recent(ApiKey caller, int limit);
}
