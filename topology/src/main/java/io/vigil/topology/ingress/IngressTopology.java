package io.vigil.topology.ingress;

import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.topology.VigilTopics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The ingress view every S3-driven domain starts from: object events, without redeliveries, folded per bucket into
 * {@value IngressNames#BUCKET_ACTIVITY_STORE} (object count, bytes, latest key and time).
 */
public final class IngressTopology {

    private IngressTopology() {}

    /**
     * @param partitions the partition count of the bucket-keyed repartition topic; the same for every bucket-keyed
     *     stream that is processed together with this one
     * @return the object events without redeliveries, keyed and partitioned by bucket
     */
    public static KStream<String, S3ObjectEvent> build(
            StreamsBuilder builder, Serde<S3ObjectEvent> events, Serde<BucketActivity> activities, int partitions) {
        KStream<String, S3ObjectEvent> byBucket = builder.stream(
                        VigilTopics.S3_OBJECT_EVENTS,
                        Consumed.with(Serdes.String(), events).withName(IngressNames.READ_OBJECT_EVENTS))
                .process(new DuplicateEventFilter(), Named.as(IngressNames.DROP_DUPLICATES))
                .selectKey((objectKey, event) -> event.getBucket(), Named.as(IngressNames.KEY_BY_BUCKET))
                .repartition(Repartitioned.with(Serdes.String(), events)
                        .withName(IngressNames.EVENTS_BY_BUCKET)
                        .withNumberOfPartitions(partitions));
        byBucket.groupByKey(Grouped.with(Serdes.String(), events))
                .aggregate(
                        BucketActivities::empty,
                        (bucket, event, activity) -> BucketActivities.add(activity, event),
                        Named.as(IngressNames.FOLD_BUCKET_ACTIVITY),
                        Materialized.<String, BucketActivity, KeyValueStore<Bytes, byte[]>>as(
                                        IngressNames.BUCKET_ACTIVITY_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(activities));
        return byBucket;
    }
}
