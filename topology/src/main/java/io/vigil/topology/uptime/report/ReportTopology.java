package io.vigil.topology.uptime.report;

import io.vigil.schema.uptime.ReportRequest;
import io.vigil.topology.uptime.UptimeNames;
import io.vigil.topology.uptime.UptimeSettings;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The uptime reports. The API writes one {@code ReportRequest} to every partition of
 * {@value ReportNames#REQUESTS_TOPIC}; the task of each polls partition answers with its stores' rows (it shares the
 * uptime stores, so it runs in the polls' sub-topology) as {@code ReportPart}s keyed by report id; a step keyed by
 * report id gathers them, stores the CSV and writes the report's status to {@value ReportNames#REPORTS_TOPIC}, which
 * it also reads: the API's running status tells it how many partitions were asked. A crash of any instance moves the
 * tasks; exactly-once makes the new owner resume from the last committed state. Build after
 * {@link io.vigil.topology.uptime.UptimeTopology}, whose stores the rows step reads.
 */
public final class ReportTopology {

    private ReportTopology() {}

    public static void build(
            StreamsBuilder builder,
            ReportSerdes serdes,
            UptimeSettings uptime,
            ReportSettings settings,
            ReportObjects objects) {
        builder.stream(
                        ReportNames.REQUESTS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.requests()).withName(ReportNames.READ_REQUESTS))
                .process(
                        () -> new ReportRowsProcessor(uptime, settings),
                        Named.as(ReportNames.WRITE_ROWS),
                        UptimeNames.POLLS_STORE,
                        UptimeNames.CACHE_STORE,
                        UptimeNames.BUSINESS_HOURS_STORE,
                        UptimeNames.TIMEZONES_STORE,
                        UptimeNames.STATUS_STORE)
                .to(
                        ReportNames.PARTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.parts()).withName(ReportNames.WRITE_PARTS));
        completion(builder, serdes, settings, objects);
    }

    private static void completion(
            StreamsBuilder builder, ReportSerdes serdes, ReportSettings settings, ReportObjects objects) {
        builder.addStateStore(store(ReportNames.REPORTS_STORE, serdes.statuses()));
        builder.addStateStore(store(ReportNames.PARTS_STORE, serdes.parts()));
        builder.addStateStore(store(ReportNames.DEADLINES_STORE, Serdes.String()));
        KStream<String, ReportInput> parts = builder.stream(
                        ReportNames.PARTS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.parts()).withName(ReportNames.READ_PARTS))
                .mapValues(ReportInput.PartReceived::new, Named.as(ReportNames.AS_PART_INPUT));
        KStream<String, ReportInput> statuses = builder.stream(
                        ReportNames.REPORTS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.statuses()).withName(ReportNames.READ_REPORTS))
                .mapValues(ReportInput.StatusReceived::new, Named.as(ReportNames.AS_STATUS_INPUT));
        Map<String, KStream<String, ReportOutput>> outputs = parts.merge(
                        statuses, Named.as(ReportNames.MERGE_REPORT_INPUTS))
                .process(
                        () -> new ReportCompletionProcessor(settings, objects),
                        Named.as(ReportNames.COMPLETE_REPORTS),
                        ReportNames.REPORTS_STORE,
                        ReportNames.PARTS_STORE,
                        ReportNames.DEADLINES_STORE)
                .split(Named.as(ReportNames.SPLIT_OUTPUTS))
                .branch((key, out) -> out instanceof ReportOutput.StatusChanged, Branched.as(ReportNames.STATUS_BRANCH))
                .branch(
                        (key, out) -> out instanceof ReportOutput.RequestIssued,
                        Branched.as(ReportNames.REQUEST_BRANCH))
                .noDefaultBranch();
        outputs.get(ReportNames.SPLIT_OUTPUTS + ReportNames.STATUS_BRANCH)
                .mapValues(out -> ((ReportOutput.StatusChanged) out).status(), Named.as(ReportNames.STATUS_VALUES))
                .to(
                        ReportNames.REPORTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.statuses()).withName(ReportNames.WRITE_REPORTS));
        outputs.get(ReportNames.SPLIT_OUTPUTS + ReportNames.REQUEST_BRANCH)
                .mapValues(out -> ((ReportOutput.RequestIssued) out).request(), Named.as(ReportNames.REQUEST_VALUES))
                .to(
                        ReportNames.REQUESTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.requests())
                                .withStreamPartitioner(new EveryPartition<String, ReportRequest>())
                                .withName(ReportNames.WRITE_REQUESTS));
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
