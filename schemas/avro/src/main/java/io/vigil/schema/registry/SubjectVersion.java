package io.vigil.schema.registry;

import org.apache.avro.Schema;

/** One version of a subject: the registry's view of a schema registered under a name. */
public record SubjectVersion(String subject, int version, int id, Schema schema) {}
