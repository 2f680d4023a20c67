package io.vigil.api.query;

/**
 * A store cannot answer right now (rebalancing, restoring, owner unreachable): worth retrying shortly. Becomes a 503
 * once the retry budget is spent.
 */
final class StoreUnavailableException extends RuntimeException {

    StoreUnavailableException(String message) {
        super(message);
    }

    StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
