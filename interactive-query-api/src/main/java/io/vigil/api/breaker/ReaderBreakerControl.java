package io.vigil.api.breaker;

/** What the API may see and do of the S3 object reader's circuit breaker in this instance. */
public interface ReaderBreakerControl {

    BreakerView status();

    /** Closes the breaker at once. */
    void reset();
}
