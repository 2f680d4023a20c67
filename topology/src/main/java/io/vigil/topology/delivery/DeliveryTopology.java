package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.ExpectationRoute;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.GlobalStoreUpdater;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The delivery sub-topology. Two halves meet through topics:
 *
 * <ul>
 *   <li>by bucket: object events and each bucket's expectations → one {@code DeliveryEvent} per candidate stream, to
 *       {@value DeliveryNames#EVENTS_TOPIC} keyed {@code clientId/streamId};
 *   <li>by stream: expectations, commands and qualifying events (three co-partitioned topics) → the stream's state,
 *       its alerts to {@value DeliveryNames#ALERTS_TOPIC}, and its expectation back to the bucket half.
 * </ul>
 */
public final class DeliveryTopology {

    private DeliveryTopology() {}

    /**
     * @param objectsByBucket deduplicated object events keyed (and partitioned) by bucket
     * @param partitions the partition count of the delivery topics, also given to the bucket-keyed repartition topic
     */
    public static void build(
            StreamsBuilder builder,
            DeliverySerdes serdes,
            KStream<String, S3ObjectEvent> objectsByBucket,
            Duration sweepInterval,
            Duration historyRetention,
            int partitions) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(DeliveryNames.CALENDARS_STORE),
                                Serdes.String(),
                                serdes.calendars())
                        .withLoggingDisabled(),
                DeliveryNames.CALENDARS_TOPIC,
                Consumed.with(Serdes.String(), serdes.calendars()).withName(DeliveryNames.READ_CALENDARS),
                () -> new GlobalStoreUpdater<>(DeliveryNames.CALENDARS_STORE));
        KStream<String, StreamOutput> outputs = streamSide(builder, serdes, sweepInterval);
        Map<String, KStream<String, StreamOutput>> branches = outputs.split(Named.as(DeliveryNames.SPLIT_OUTPUTS))
                .branch((key, out) -> out instanceof StreamOutput.Alert, Branched.as(DeliveryNames.ALERTS_BRANCH))
                .branch((key, out) -> out instanceof StreamOutput.Route, Branched.as(DeliveryNames.ROUTES_BRANCH))
                .noDefaultBranch();
        branches.get(DeliveryNames.SPLIT_OUTPUTS + DeliveryNames.ALERTS_BRANCH)
                .mapValues(out -> ((StreamOutput.Alert) out).alert(), Named.as(DeliveryNames.ALERT_VALUES))
                .to(
                        DeliveryNames.ALERTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.alerts()).withName(DeliveryNames.WRITE_ALERTS));
        KStream<String, ExpectationRoute> routesByBucket = branches.get(
                        DeliveryNames.SPLIT_OUTPUTS + DeliveryNames.ROUTES_BRANCH)
                .map(
                        (key, out) ->
                                KeyValue.pair(((StreamOutput.Route) out).bucket(), ((StreamOutput.Route) out).route()),
                        Named.as(DeliveryNames.ROUTE_VALUES))
                .repartition(Repartitioned.with(Serdes.String(), serdes.routes())
                        .withName(DeliveryNames.ROUTES_BY_BUCKET)
                        .withNumberOfPartitions(partitions));
        bucketSide(serdes, routesByBucket, objectsByBucket, historyRetention);
    }

    private static KStream<String, StreamOutput> streamSide(
            StreamsBuilder builder, DeliverySerdes serdes, Duration sweepInterval) {
        KStream<String, StreamInput> expectations = builder.stream(
                        DeliveryNames.EXPECTATIONS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.expectations()).withName(DeliveryNames.READ_EXPECTATIONS))
                .mapValues(StreamInput.ExpectationChanged::new, Named.as(DeliveryNames.AS_EXPECTATION_INPUT));
        KStream<String, StreamInput> commands = builder.stream(
                        DeliveryNames.COMMANDS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.commands()).withName(DeliveryNames.READ_COMMANDS))
                .filter((key, command) -> command != null, Named.as(DeliveryNames.AS_COMMAND_INPUT + "-present"))
                .mapValues(StreamInput.Commanded::new, Named.as(DeliveryNames.AS_COMMAND_INPUT));
        KStream<String, StreamInput> arrivals = builder.stream(
                        DeliveryNames.EVENTS_TOPIC,
                        Consumed.with(Serdes.String(), serdes.events()).withName(DeliveryNames.READ_EVENTS))
                .filter((key, event) -> event != null && event.getQualified(), Named.as(DeliveryNames.ONLY_QUALIFIED))
                .mapValues(StreamInput.Arrived::new, Named.as(DeliveryNames.AS_ARRIVAL_INPUT));
        return expectations
                .merge(commands, Named.as(DeliveryNames.MERGE_EXPECTATIONS_COMMANDS))
                .merge(arrivals, Named.as(DeliveryNames.MERGE_ARRIVALS))
                .process(new StreamStateSupplier(serdes, sweepInterval), Named.as(DeliveryNames.FOLD_STREAM_STATE));
    }

    private static void bucketSide(
            DeliverySerdes serdes,
            KStream<String, ExpectationRoute> routesByBucket,
            KStream<String, S3ObjectEvent> objectsByBucket,
            Duration historyRetention) {
        KStream<String, BucketInput> routes =
                routesByBucket.mapValues(BucketInput.RouteChanged::new, Named.as(DeliveryNames.ROUTE_INPUT));
        KStream<String, BucketInput> objects =
                objectsByBucket.mapValues(BucketInput.ObjectLanded::new, Named.as(DeliveryNames.OBJECT_INPUT));
        routes.merge(objects, Named.as(DeliveryNames.MERGE_BUCKET_INPUTS))
                .process(new ArrivalMatcherSupplier(serdes, historyRetention), Named.as(DeliveryNames.MATCH_ARRIVALS))
                .to(
                        DeliveryNames.EVENTS_TOPIC,
                        Produced.with(Serdes.String(), serdes.events()).withName(DeliveryNames.WRITE_EVENTS));
    }

    private static Set<StoreBuilder<?>> orderedSet(StoreBuilder<?>... stores) {
        return new LinkedHashSet<>(Arrays.asList(stores));
    }

    private record StreamStateSupplier(DeliverySerdes serdes, Duration sweepInterval)
            implements ProcessorSupplier<String, StreamInput, String, StreamOutput> {

        @Override
        public Processor<String, StreamInput, String, StreamOutput> get() {
            return new StreamStateProcessor(sweepInterval);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            // Ordered, so the topology description (and its pinned test) is the same on every run.
            return orderedSet(
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(DeliveryNames.STREAM_STATE_STORE),
                            Serdes.String(),
                            serdes.states()),
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(DeliveryNames.DUE_INDEX_STORE),
                            Serdes.String(),
                            Serdes.String()),
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(DeliveryNames.ALERT_LOG_STORE),
                            Serdes.String(),
                            serdes.alerts()));
        }
    }

    private record ArrivalMatcherSupplier(DeliverySerdes serdes, Duration historyRetention)
            implements ProcessorSupplier<String, BucketInput, String, DeliveryEvent> {

        @Override
        public Processor<String, BucketInput, String, DeliveryEvent> get() {
            return new ArrivalMatcher(historyRetention);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            // Ordered, so the topology description (and its pinned test) is the same on every run.
            return orderedSet(
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(DeliveryNames.EXPECTATIONS_BY_BUCKET_STORE),
                            Serdes.String(),
                            serdes.expectations()),
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(DeliveryNames.ARRIVAL_HISTORY_STORE),
                            Serdes.String(),
                            serdes.objects()),
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(DeliveryNames.ARRIVAL_EXPIRY_STORE),
                            Serdes.String(),
                            Serdes.String()));
        }
    }
}
