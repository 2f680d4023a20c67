package io.vigil.topology;

import io.vigil.testkit.KafkaContainerExtension;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaContainerExtension.class)
class TopicProvisionerDockerIT extends TopicProvisionerContract {}
