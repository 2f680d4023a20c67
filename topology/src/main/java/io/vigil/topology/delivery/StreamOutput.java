package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryAlert;
import io.vigil.schema.delivery.ExpectationRoute;

/** What the stream-state processor sends on: alerts, and index entries for the bucket side. Never serialised. */
sealed interface StreamOutput {

    record Alert(DeliveryAlert alert) implements StreamOutput {}

    /** An expectation's entry in the index of {@code bucket}. */
    record Route(String bucket, ExpectationRoute route) implements StreamOutput {}
}
