package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.S3Object;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedS3IT {

    @TempDir
    Path dataDir;

    @Test
    void shouldStoreObjectsAndKeepThemAcrossRestart() {
        int port = FreePorts.pick();
        try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, port, List.of("vigil-initial"));
                S3Client client = client(s3)) {
            client.createBucket(b -> b.bucket("vigil-uploads"));
            client.putObject(
                    b -> b.bucket("vigil-uploads").key("in/2026/a.csv"), RequestBody.fromString("id,value\n1,2\n"));

            assertThat(client.getObjectAsBytes(b -> b.bucket("vigil-uploads").key("in/2026/a.csv"))
                            .asUtf8String())
                    .isEqualTo("id,value\n1,2\n");
            assertThat(keys(client, "vigil-uploads")).containsExactly("in/2026/a.csv");
        }

        try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, port, List.of("vigil-initial"));
                S3Client client = client(s3)) {
            assertThat(s3.endpoint().getPort()).isEqualTo(port);
            assertThat(client.listBuckets().buckets())
                    .extracting(Bucket::name)
                    .containsExactlyInAnyOrder("vigil-initial", "vigil-uploads");
            assertThat(client.getObjectAsBytes(b -> b.bucket("vigil-uploads").key("in/2026/a.csv"))
                            .asUtf8String())
                    .isEqualTo("id,value\n1,2\n");
        }
    }

    @Test
    void shouldRefuseAPortInUseNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedS3.start(dataDir, port, List.of()))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + port + " (S3) is already in use");
        }
    }

    private static List<String> keys(S3Client client, String bucket) {
        return client.listObjectsV2(b -> b.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    static S3Client client(S3Endpoint s3) {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .forcePathStyle(true)
                .region(Region.of(s3.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("vigil", "vigil")))
                .build();
    }
}
