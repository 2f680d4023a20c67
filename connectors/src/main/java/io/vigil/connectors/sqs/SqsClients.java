package io.vigil.connectors.sqs;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** Builds the SQS client a task uses from its configuration. */
final class SqsClients {

    private SqsClients() {}

    /**
     * A client for the configured region and endpoint. Credentials are the static pair when configured (ElasticMQ and
     * LocalStack take any), otherwise the AWS default chain (environment, profile, container or instance role).
     */
    static SqsClient create(SqsSourceConfig config) {
        // The HTTP client is named because the SDK refuses to choose when a worker's classpath has several; given as a
        // builder, it is closed with the SQS client.
        SqsClientBuilder builder = SqsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(SqsSourceConfig config) {
        return config.staticCredentials()
                .<AwsCredentialsProvider>map(pair -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(pair.accessKeyId(), pair.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
