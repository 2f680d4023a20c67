package io.vigil.schema.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The embedded registry: a schema's id is derived from the SHA-256 of its parsing canonical form, so every instance,
 * before and after every restart, gives the same schema the same id without storing anything. Subjects and versions
 * are what this process registered; each instance registers every schema it uses at start.
 */
public final class FingerprintSchemaRegistry implements SchemaRegistry {

    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> idsBySubject = new ConcurrentHashMap<>();

    @Override
    public int register(String subject, Schema schema) {
        int id = idOf(schema);
        Schema known = schemasById.putIfAbsent(id, schema);
        if (known != null && !canonical(known).equals(canonical(schema))) {
            throw new SchemaRegistryException("Schema id " + id + " of " + schema.getFullName()
                    + " collides with the id of " + known.getFullName() + "; set vigil.schema.registry.url to use "
                    + "a registry that assigns ids");
        }
        idsBySubject.compute(subject, (name, ids) -> {
            List<Integer> versions = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
            if (!versions.contains(id)) {
                versions.add(id);
            }
            return List.copyOf(versions);
        });
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException("Unknown schema id " + id);
        }
        return schema;
    }

    @Override
    public List<String> subjects() {
        return idsBySubject.keySet().stream().sorted().toList();
    }

    @Override
    public List<Integer> versions(String subject) {
        int count = idsBySubject.getOrDefault(subject, List.of()).size();
        return java.util.stream.IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Override
    public Optional<SubjectVersion> version(String subject, int version) {
        List<Integer> ids = idsBySubject.getOrDefault(subject, List.of());
        if (version < 1 || version > ids.size()) {
            return Optional.empty();
        }
        int id = ids.get(version - 1);
        return Optional.of(new SubjectVersion(subject, version, id, schemasById.get(id)));
    }

    @Override
    public Optional<SubjectVersion> latest(String subject) {
        return version(subject, idsBySubject.getOrDefault(subject, List.of()).size());
    }

    @Override
    public void close() {}

    /** The id every Vigil instance gives this schema: the first 31 bits of its canonical form's SHA-256. */
    public static int idOf(Schema schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(schema).getBytes(StandardCharsets.UTF_8));
            int id = ((digest[0] & 0x7f) << 24)
                    | ((digest[1] & 0xff) << 16)
                    | ((digest[2] & 0xff) << 8)
                    | (digest[3] & 0xff);
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String canonical(Schema schema) {
        return SchemaNormalization.toParsingForm(schema);
    }
}
