package io.vigil.api.sensor;

import io.vigil.api.query.KeyCodec;
import io.vigil.api.query.QueryableStore;
import io.vigil.schema.sensor.SensorFileAggregate;
import io.vigil.schema.sensor.SensorFileSeries;
import io.vigil.schema.sensor.SensorHourContribution;
import io.vigil.schema.sensor.SensorStats;
import io.vigil.topology.sensor.SensorNames;
import java.util.List;

/** The sensor stores of the topology that the API reads. */
public final class SensorStores {

    /** Keyed file id; answers the {@code GET /files/{id}} document (per-sensor counts aside). */
    public static final QueryableStore<String, SensorFileAggregate> AGGREGATES =
            new QueryableStore<>(SensorNames.FILE_AGGREGATES_STORE, KeyCodec.strings(), SensorFileDocument::of);
    /** Keyed {@code fileId|<sensor>}, partitioned by file id. */
    public static final QueryableStore<String, SensorStats> FILE_SENSORS =
            QueryableStore.avro(SensorNames.FILE_SENSORS_STORE);
    /** Keyed file id. */
    public static final QueryableStore<String, SensorFileSeries> SERIES =
            QueryableStore.avro(SensorNames.FILE_SERIES_STORE);
    /** Keyed {@code <20-digit Long.MAX_VALUE − uploaded_at>|fileId}, newest first; answers list items. */
    public static final QueryableStore<String, SensorFileAggregate> RECENT =
            new QueryableStore<>(SensorNames.FILES_RECENT_STORE, KeyCodec.strings(), SensorFileDocument::summary);
    /** Keyed {@code <sensor>|<hour>|fileId}, partitioned by sensor id. */
    public static final QueryableStore<String, SensorHourContribution> HOURLY =
            QueryableStore.avro(SensorNames.HOURLY_STATS_STORE);

    /** Every store above, for the internal routes other instances forward queries to. */
    public static final List<QueryableStore<?, ?>> ALL = List.of(AGGREGATES, FILE_SENSORS, SERIES, RECENT, HOURLY);

    private SensorStores() {}
}
