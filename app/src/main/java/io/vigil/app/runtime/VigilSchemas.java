package io.vigil.app.runtime;

import io.vigil.schema.registry.SchemaRegistry;
import io.vigil.schema.s3.BucketActivity;
import io.vigil.schema.s3.S3ObjectEvent;
import io.vigil.schema.serde.AvroSerde;
import io.vigil.topology.VigilTopics;
import io.vigil.topology.ingress.IngressNames;

/**
 * Registers the value schema of every Avro topic, changelogs included, at start: outside clients can then read a
 * topic's schema before this instance writes to it, and (in fingerprint mode, where the registry keeps nothing) a
 * restarted instance knows the ids of what its stores already hold.
 */
final class VigilSchemas {

    private VigilSchemas() {}

    static void registerAll(SchemaRegistry registry, String applicationId) {
        registry.register(AvroSerde.valueSubject(VigilTopics.S3_OBJECT_EVENTS), S3ObjectEvent.getClassSchema());
        registry.register(
                AvroSerde.valueSubject(changelog(applicationId, IngressNames.BUCKET_ACTIVITY_STORE)),
                BucketActivity.getClassSchema());
    }

    private static String changelog(String applicationId, String store) {
        return applicationId + "-" + store + "-changelog";
    }
}
