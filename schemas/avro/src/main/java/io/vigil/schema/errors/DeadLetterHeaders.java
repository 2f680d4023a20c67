package io.vigil.schema.errors;

/**
 * The headers of a record on {@code vigil.dlq}: where the poison record came from and why it was refused. The stream
 * threads and the connectors write the same names, so one consumer reads every dead letter the same way.
 */
public final class DeadLetterHeaders {

    /** The topic the record was read from, or for a connector the system it came from (e.g. an SQS queue URL). */
    public static final String TOPIC = "vigil.error.topic";

    public static final String PARTITION = "vigil.error.partition";
    /** The record's offset, or for a connector the id the source system gave the message. */
    public static final String OFFSET = "vigil.error.offset";

    public static final String CLASS = "vigil.error.class";
    /** Why it was refused; at most {@link #MAX_MESSAGE_CHARS} characters. */
    public static final String MESSAGE = "vigil.error.message";

    public static final String PROCESSOR = "vigil.error.processor";
    public static final int MAX_MESSAGE_CHARS = 1000;

    private DeadLetterHeaders() {}

    /** Cuts a reason to {@link #MAX_MESSAGE_CHARS}. */
    public static String truncate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}
