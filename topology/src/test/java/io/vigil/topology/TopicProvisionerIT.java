package io.vigil.topology;

import io.vigil.testkit.EmbeddedKafkaExtension;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
class TopicProvisionerIT extends TopicProvisionerContract {}
