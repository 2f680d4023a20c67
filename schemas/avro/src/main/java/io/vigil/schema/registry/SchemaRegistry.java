package io.vigil.schema.registry;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Where Avro schemas get the ids that Confluent's wire format carries. Subjects follow the topic-name strategy
 * ({@code <topic>-value}).
 */
public interface SchemaRegistry extends AutoCloseable {

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its id. */
    int register(String subject, Schema schema);

    /** The schema with this id; throws {@link SchemaRegistryException} when there is none. */
    Schema schemaById(int id);

    List<String> subjects();

    /** The versions registered under {@code subject}, oldest first; empty when the subject is unknown. */
    List<Integer> versions(String subject);

    Optional<SubjectVersion> version(String subject, int version);

    Optional<SubjectVersion> latest(String subject);

    @Override
    void close();
}
