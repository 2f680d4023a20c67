package io.vigil.app.dev.sns;

/**
 * An SNS {@code Notification} envelope as posted to a subscription endpoint.
 *
 * @param messageId the envelope's MessageId (SNS also sends it as the {@code x-amz-sns-message-id} header)
 * @param topicArn the envelope's TopicArn (also the {@code x-amz-sns-topic-arn} header)
 * @param json the envelope
 */
public record SignedNotification(String messageId, String topicArn, String json) {}
