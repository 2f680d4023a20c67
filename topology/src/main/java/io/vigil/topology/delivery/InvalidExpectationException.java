package io.vigil.topology.delivery;

/** An expectation on the topic that fails validation (written around the API); it goes to the DLQ with this reason. */
final class InvalidExpectationException extends RuntimeException {

    InvalidExpectationException(String message) {
        super(message);
    }
}
