package io.vigil.api.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a store as JSON.
 *
 * @param key   the key as text (see {@link KeyCodec#encode})
 * @param value the value as JSON
 */
public record StoreEntry(String key, JsonNode value) {}
