package io.vigil.api.query;

import io.vigil.testkit.KafkaContainerExtension;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaContainerExtension.class)
class TwoInstanceQueryForwardingDockerIT extends TwoInstanceQueryForwardingContract {}
