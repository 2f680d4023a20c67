package io.vigil.schema.registry;

import org.apache.kafka.common.errors.SerializationException;

/** A schema could not be registered or found; the message says which and why. */
public class SchemaRegistryException extends SerializationException {

    public SchemaRegistryException(String message) {
        super(message);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
