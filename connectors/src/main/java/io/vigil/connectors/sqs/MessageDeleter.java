package io.vigil.connectors.sqs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;

/**
 * Deletes messages from their queues on a thread of its own, in batches of up to ten per queue. Acknowledgements arrive
 * on the producer's callback thread, which must not wait for SQS. A delete that fails is only logged: the message
 * comes back after its visibility timeout and its events are written again, which downstream treats as duplicates.
 */
final class MessageDeleter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MessageDeleter.class);
    private static final int MAX_BATCH = 10;
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final SqsClient sqs;
    private final ConcurrentLinkedQueue<ReceivedMessage> queued = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor;

    MessageDeleter(SqsClient sqs, String threadName) {
        this.sqs = sqs;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Deletes {@code message} soon. After {@link #close()} the message is left to be redelivered. */
    void delete(ReceivedMessage message) {
        queued.add(message);
        try {
            executor.execute(this::deleteQueued);
        } catch (RejectedExecutionException e) {
            log.debug("Not deleting SQS message {}: the task is stopping, SQS will redeliver it", message.messageId());
        }
    }

    /** Deletes what is queued, then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.warn(
                        "SQS deletes still running after {} s; their messages will be redelivered",
                        CLOSE_TIMEOUT_SECONDS);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    private void deleteQueued() {
        Map<String, List<ReceivedMessage>> byQueue = new LinkedHashMap<>();
        for (ReceivedMessage message = queued.poll(); message != null; message = queued.poll()) {
            byQueue.computeIfAbsent(message.queueUrl(), url -> new ArrayList<>())
                    .add(message);
        }
        byQueue.forEach((queueUrl, messages) -> {
            for (int from = 0; from < messages.size(); from += MAX_BATCH) {
                deleteBatch(queueUrl, messages.subList(from, Math.min(from + MAX_BATCH, messages.size())));
            }
        });
    }

    private void deleteBatch(String queueUrl, List<ReceivedMessage> batch) {
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            int index = i;
            entries.add(DeleteMessageBatchRequestEntry.builder()
                    .id(Integer.toString(index))
                    .receiptHandle(batch.get(index).receiptHandle())
                    .build());
        }
        try {
            DeleteMessageBatchResponse response =
                    sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            for (BatchResultErrorEntry failed : response.failed()) {
                log.warn(
                        "Could not delete SQS message {} from {}: {}; it will be redelivered",
                        batch.get(Integer.parseInt(failed.id())).messageId(),
                        queueUrl,
                        failed.code());
            }
            log.debug("Deleted {} SQS messages from {}", response.successful().size(), queueUrl);
        } catch (SdkException e) {
            log.warn("Could not delete {} SQS messages from {}; they will be redelivered", batch.size(), queueUrl, e);
        }
    }
}
