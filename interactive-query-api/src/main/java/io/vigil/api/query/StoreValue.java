package io.vigil.api.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The value found for a key.
 *
 * @param value     the value as JSON
 * @param offsetLag how many changelog records the answering copy was behind when it answered; 0 for an active,
 *                  running store
 */
public record StoreValue(JsonNode value, long offsetLag) {}
