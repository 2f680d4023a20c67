package io.vigil.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.api.json.AvroJson;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * A key-value state store the API can query, with how its keys and values become JSON. One per store; route groups
 * pass it to {@link StoreQueries}.
 *
 * @param name   the store name as materialised in the topology
 * @param keys   how keys are partitioned, ordered and written as text
 * @param values how a value becomes JSON
 * @param <K>    the key type
 * @param <V>    the value type
 */
public record QueryableStore<K, V>(String name, KeyCodec<K> keys, Function<V, JsonNode> values) {

    public QueryableStore {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A store needs a name");
        }
    }

    /** A store with string keys and Avro record values, the common case in Vigil. */
    public static <V extends SpecificRecord> QueryableStore<String, V> avro(String name) {
        AvroJson json = new AvroJson();
        return new QueryableStore<>(name, KeyCodec.strings(), json::toJson);
    }
}
