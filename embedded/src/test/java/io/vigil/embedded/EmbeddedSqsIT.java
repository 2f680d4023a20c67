package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedSqsIT {

    @Test
    void shouldSendReceiveAndDeleteMessages() {
        try (EmbeddedSqs sqs = EmbeddedSqs.start(0);
                SqsClient client = client(sqs)) {
            URI queue = sqs.createQueue("vigil-s3-notifications");

            client.sendMessage(b -> b.queueUrl(queue.toString()).messageBody("{\"Records\":[]}"));
            List<Message> received = client.receiveMessage(b ->
                            b.queueUrl(queue.toString()).maxNumberOfMessages(10).waitTimeSeconds(5))
                    .messages();
            client.deleteMessage(b ->
                    b.queueUrl(queue.toString()).receiptHandle(received.get(0).receiptHandle()));

            assertThat(queue.getPort()).isEqualTo(sqs.endpoint().getPort());
            assertThat(received).extracting(Message::body).containsExactly("{\"Records\":[]}");
            assertThat(client.getQueueAttributes(b -> b.queueUrl(queue.toString())
                                    .attributeNamesWithStrings(
                                            "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                            .attributesAsStrings())
                    .containsEntry("ApproximateNumberOfMessages", "0")
                    .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
        }
    }

    @Test
    void shouldReturnTheSameUrlWhenAQueueIsCreatedTwice() {
        try (EmbeddedSqs sqs = EmbeddedSqs.start(0);
                SqsClient client = client(sqs)) {
            URI first = sqs.createQueue("vigil-twice");
            URI fifo = sqs.createQueue("vigil-ordered.fifo");

            assertThat(sqs.createQueue("vigil-twice")).isEqualTo(first);
            assertThat(client.listQueues().queueUrls()).containsExactlyInAnyOrder(first.toString(), fifo.toString());
            assertThat(client.getQueueAttributes(
                                    b -> b.queueUrl(fifo.toString()).attributeNamesWithStrings("FifoQueue"))
                            .attributesAsStrings())
                    .containsEntry("FifoQueue", "true");
        }
    }

    @Test
    void shouldReleaseItsPortOnCloseAndIgnoreASecondClose() {
        EmbeddedSqs sqs = EmbeddedSqs.start(0);
        int port = sqs.endpoint().getPort();

        sqs.close();
        sqs.close();

        assertThat(FreePorts.isFree(port)).isTrue();
    }

    static SqsClient client(EmbeddedSqs sqs) {
        return SqsClient.builder()
                .endpointOverride(sqs.endpoint())
                .region(Region.of(sqs.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("vigil", "vigil")))
                .build();
    }
}
