package io.vigil.api.error;

/**
 * The body of every failed response: a stable machine-readable code and a human-readable message. Never carries a
 * stack trace or an exception class name.
 *
 * @param error   the code, e.g. {@code not-found}, {@code unavailable}
 * @param message what went wrong, safe to show to the caller
 */
public record ApiError(String error, String message) {}
