package io.vigil.topology.delivery;

import io.vigil.schema.delivery.DeliveryCommand;
import io.vigil.schema.delivery.DeliveryEvent;
import io.vigil.schema.delivery.Expectation;

/** What reaches a stream's state, from its three co-partitioned topics. Never serialised: it stays in one task. */
sealed interface StreamInput {

    /** A created or changed expectation; null when it was deleted. */
    record ExpectationChanged(Expectation expectation) implements StreamInput {}

    record Arrived(DeliveryEvent event) implements StreamInput {}

    record Commanded(DeliveryCommand command) implements StreamInput {}
}
