package io.vigil.api.quality;

import io.vigil.api.query.QueryableStore;
import io.vigil.schema.quality.DataQualityResult;
import io.vigil.schema.quality.QualityPassCounts;
import io.vigil.schema.quality.QualityRule;
import io.vigil.topology.quality.QualityNames;
import java.util.List;

/** The quality stores the API reads. */
public final class QualityStores {

    /** Keyed {@code bucket/prefix}. */
    public static final QueryableStore<String, QualityRule> RULES = QueryableStore.avro(QualityNames.RULES_STORE);
    /** Keyed {@code bucket/key}. */
    public static final QueryableStore<String, DataQualityResult> RESULTS =
            QueryableStore.avro(QualityNames.RESULTS_STORE);
    /** Keyed {@code bucket/prefix|hour}. */
    public static final QueryableStore<String, QualityPassCounts> SUMMARY =
            QueryableStore.avro(QualityNames.SUMMARY_STORE);

    /** Every store above, for the internal routes other instances forward queries to. */
    public static final List<QueryableStore<?, ?>> ALL = List.of(RULES, RESULTS, SUMMARY);

    private QualityStores() {}
}
