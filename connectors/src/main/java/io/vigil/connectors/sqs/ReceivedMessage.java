package io.vigil.connectors.sqs;

/**
 * One receipt of an SQS message: what it takes to delete it again.
 *
 * @param queueUrl the queue it was received from
 * @param messageId the id SQS gave the message
 * @param receiptHandle the handle of this receipt (a redelivery gets a new one)
 */
record ReceivedMessage(String queueUrl, String messageId, String receiptHandle) {}
