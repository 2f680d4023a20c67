package io.vigil.topology.quality;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The quality sub-topology: the rules as a table the API reads, the latest result of every object, and pass counts
 * per rule and hour. The S3 object reader (connectors) runs the checks; this side only keeps what they found.
 */
public final class QualityTopology {

    private QualityTopology() {}

    /**
     * @param retention how long results (by check time) and hourly counts (by hour) are kept
     */
    public static void build(StreamsBuilder builder, QualitySerdes serdes, int partitions, Duration retention) {
        builder.table(
                QualityNames.RULES_TOPIC,
                Consumed.with(Serdes.String(), serdes.rules()).withName(QualityNames.READ_RULES),
                Materialized.as(QualityNames.RULES_STORE));

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(QualityNames.RESULTS_STORE), Serdes.String(), serdes.results()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(QualityNames.RESULTS_EXPIRY_STORE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(QualityNames.SUMMARY_STORE), Serdes.String(), serdes.counts()));

        builder.stream(
                        QualityNames.RESULTS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.results()).withName(QualityNames.READ_RESULTS))
                .process(
                        () -> new ResultRecorder(retention),
                        Named.as(QualityNames.RECORD_RESULTS),
                        QualityNames.RESULTS_STORE,
                        QualityNames.RESULTS_EXPIRY_STORE)
                .repartition(Repartitioned.with(Serdes.String(), serdes.counts())
                        .withName(QualityNames.SUMMARY_CHANGES)
                        .withNumberOfPartitions(partitions))
                .process(
                        () -> new SummaryFolder(retention),
                        Named.as(QualityNames.FOLD_SUMMARY),
                        QualityNames.SUMMARY_STORE);
    }
}
