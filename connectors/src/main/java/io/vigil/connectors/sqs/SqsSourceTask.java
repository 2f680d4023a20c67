package io.vigil.connectors.sqs;

import io.vigil.connectors.common.ObjectEventRecords;
import io.vigil.connectors.common.PluginVersion;
import io.vigil.connectors.common.RegistrySettings;
import io.vigil.schema.registry.SchemaRegistryException;
import io.vigil.schema.s3.S3ObjectEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * Long-polls its queues in turn and returns the records of the messages received. A message is deleted only once all
 * its records are committed to Kafka ({@link #commitRecord}); one whose records never are comes back after its
 * visibility timeout, which is harmless because events are keyed and idempotent downstream.
 */
public final class SqsSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(SqsSourceTask.class);

    private final PendingDeletes<ReceivedMessage> pending = new PendingDeletes<>();
    private SqsSourceConfig config;
    private SqsClient sqs;
    private NotificationRecords notifications;
    private MessageDeleter deleter;
    private int nextQueue;

    @Override
    public String version() {
        return PluginVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new SqsSourceConfig(props);
        sqs = SqsClients.create(config);
        notifications = new NotificationRecords(new ObjectEventRecords(
                config.topic(), config.deadLetterTopic(), RegistrySettings.serde(config, S3ObjectEvent.class)));
        deleter = new MessageDeleter(sqs, "vigil-sqs-deleter");
        log.info(
                "SQS source task started on {} (region {}), writing to {}",
                config.queueUrls(),
                config.region(),
                config.topic());
    }

    /** Receives from the next queue; returns within the configured wait time plus one request. */
    @Override
    public List<SourceRecord> poll() {
        List<String> queues = config.queueUrls();
        String queueUrl = queues.get(nextQueue);
        nextQueue = (nextQueue + 1) % queues.size();
        List<Message> messages = receive(queueUrl);
        List<List<SourceRecord>> recordsByMessage = new ArrayList<>(messages.size());
        try {
            for (Message message : messages) {
                recordsByMessage.add(notifications.of(queueUrl, message.messageId(), message.body()));
            }
        } catch (SchemaRegistryException e) {
            // Nothing of this batch is tracked yet: its messages come back after their visibility timeout.
            throw new RetriableException("Schema registry unavailable; SQS will redeliver the messages", e);
        }
        List<SourceRecord> all = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            ReceivedMessage received = new ReceivedMessage(queueUrl, message.messageId(), message.receiptHandle());
            List<SourceRecord> records = recordsByMessage.get(i);
            if (records.isEmpty()) {
                deleter.delete(received);
            } else {
                pending.track(received, records);
                all.addAll(records);
            }
        }
        return all.isEmpty() ? null : all;
    }

    /** Deletes a message once this was its last record still on its way to Kafka; a null metadata counts as done. */
    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        pending.acknowledge(record).ifPresent(deleter::delete);
    }

    /** Deletes the messages already acknowledged, then closes the SQS client; the rest will be redelivered. */
    @Override
    public void stop() {
        if (deleter != null) {
            deleter.close();
        }
        if (sqs != null) {
            sqs.close();
        }
        log.info("SQS source task stopped; {} messages left for SQS to redeliver", pending.messages());
    }

    private List<Message> receive(String queueUrl) {
        ReceiveMessageRequest.Builder request = ReceiveMessageRequest.builder()
                .queueUrl(queueUrl)
                .maxNumberOfMessages(config.maxMessages())
                .waitTimeSeconds(config.waitTimeSeconds());
        config.visibilityTimeoutSeconds().ifPresent(request::visibilityTimeout);
        try {
            return sqs.receiveMessage(request.build()).messages();
        } catch (SdkException e) {
            if (isPermanent(e)) {
                throw new ConnectException("Cannot receive from SQS queue " + queueUrl, e);
            }
            throw new RetriableException("Receiving from SQS queue " + queueUrl + " failed; trying again", e);
        }
    }

    /** A 4xx answer other than throttling (no such queue, access denied) will not go away by trying again. */
    private static boolean isPermanent(SdkException e) {
        return e instanceof AwsServiceException service
                && !service.isThrottlingException()
                && service.statusCode() >= 400
                && service.statusCode() < 500;
    }
}
