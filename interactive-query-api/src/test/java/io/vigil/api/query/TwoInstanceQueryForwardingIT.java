package io.vigil.api.query;

import io.vigil.testkit.EmbeddedKafkaExtension;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
class TwoInstanceQueryForwardingIT extends TwoInstanceQueryForwardingContract {}
