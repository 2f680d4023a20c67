package io.vigil.topology.ingress;

import io.vigil.schema.s3.S3ObjectEvent;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Drops redelivered notifications: S3, SQS and SNS all deliver at least once. The store keeps the identity of the
 * latest write of each object key ({@code bucket/key}), so its size follows the number of distinct objects, not the
 * number of notifications, and a rewrite of an object replaces its entry.
 */
final class DuplicateEventFilter implements ProcessorSupplier<String, S3ObjectEvent, String, S3ObjectEvent> {

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(IngressNames.OBJECT_IDENTITY_STORE), Serdes.String(), Serdes.String()));
    }

    @Override
    public Processor<String, S3ObjectEvent, String, S3ObjectEvent> get() {
        return new Filter();
    }

    private static final class Filter implements Processor<String, S3ObjectEvent, String, S3ObjectEvent> {
        private ProcessorContext<String, S3ObjectEvent> context;
        private KeyValueStore<String, String> identities;

        @Override
        public void init(ProcessorContext<String, S3ObjectEvent> context) {
            this.context = context;
            this.identities = context.getStateStore(IngressNames.OBJECT_IDENTITY_STORE);
        }

        @Override
        public void process(Record<String, S3ObjectEvent> record) {
            S3ObjectEvent event = record.value();
            if (event == null) {
                return;
            }
            String objectKey = event.getBucket() + "/" + event.getKey();
            Optional<String> identity = BucketActivities.identity(event);
            if (identity.isPresent()) {
                if (identity.get().equals(identities.get(objectKey))) {
                    return;
                }
                identities.put(objectKey, identity.get());
            }
            context.forward(record);
        }
    }
}
