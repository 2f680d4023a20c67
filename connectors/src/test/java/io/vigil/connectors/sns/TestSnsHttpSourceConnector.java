package io.vigil.connectors.sns;

import org.apache.kafka.connect.connector.Task;

/** The production connector running {@link TestSnsHttpSourceTask}, registered for the Connect ITs. */
public class TestSnsHttpSourceConnector extends SnsHttpSourceConnector {

    @Override
    public Class<? extends Task> taskClass() {
        return TestSnsHttpSourceTask.class;
    }
}
