package io.vigil.api.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the pages show, as the JSON routes answer it, so a page and {@code GET /files/{id}} can never disagree. Every
 * method throws the API's 404 for an unknown file and its 503 while stores move.
 */
public interface SensorFilesView {

    /** The {@code GET /files/{id}} document. */
    JsonNode file(String fileId);

    /** The first {@code limit} entries of {@code GET /files/{id}/sensors}, by sensor id. */
    List<JsonNode> sensors(String fileId, int limit);

    /** The {@code GET /files/{id}/series} document, or null while the file has none. */
    JsonNode series(String fileId);

    /** The first {@code limit} items of {@code GET /files}, newest first. */
    List<JsonNode> recent(int limit);
}
