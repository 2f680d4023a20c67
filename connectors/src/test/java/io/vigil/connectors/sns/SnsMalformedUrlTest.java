package io.vigil.connectors.sns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signed messages whose {@code SigningCertURL} or {@code SubscribeURL} is not exactly SNS's: each is refused before
 * the endpoint makes any request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnsMalformedUrlTest {

    private static final String HOST = "sns.us-east-1.amazonaws.com";
    private static final String PEM = "/SimpleNotificationService-0123456789abcdef.pem";
    private static final String ARN = SnsTestSigner.TOPIC_ARN;
    private static final String QUERY = "/?Action=ConfirmSubscription&TopicArn=" + ARN + "&Token=2336412f37fb";

    private SnsEndpointFixture sns;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        sns = SnsEndpointFixture.start(dir, Map.of(), true);
    }

    @AfterAll
    void stop() throws Exception {
        sns.close();
    }

    @BeforeEach
    void reset() {
        sns.fake.clear();
    }

    @Test
    void shouldFetchTheWellFormedUrlsTheVariantsDepartFrom() throws Exception {
        ObjectNode confirmation = SnsTestSigner.confirmation(
                "SubscriptionConfirmation", ARN, "https://" + HOST + QUERY, SnsTestSigner.recently());
        confirmation.put(
                "SigningCertURL",
                "https://" + HOST + ":443/SimpleNotificationService-" + "0123456789abcdef0123456789abcdef.pem");

        HttpResponse<String> response = sns.post(sns.signer.sign(confirmation, 2));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sns.fake.confirmations()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("malformedCertUrls")
    void shouldRefuseAMalformedSigningCertUrlWithoutAnyRequest(String certUrl) throws Exception {
        ObjectNode message =
                SnsTestSigner.notification(ARN, SnsFixtures.text(SnsFixtures.S3_PUT), SnsTestSigner.recently());
        message.put("SigningCertURL", certUrl);

        HttpResponse<String> response = sns.post(sns.signer.sign(message, 2));

        assertThat(response.statusCode()).isBetween(400, 403);
        assertThat(sns.fake.requests()).isEmpty();
        assertThat(sns.pump.written()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("malformedSubscribeUrls")
    void shouldRefuseAMalformedSubscribeUrlWithoutAnyRequest(String subscribeUrl) throws Exception {
        ObjectNode confirmation =
                SnsTestSigner.confirmation("SubscriptionConfirmation", ARN, subscribeUrl, SnsTestSigner.recently());

        HttpResponse<String> response = sns.post(sns.signer.sign(confirmation, 2));

        assertThat(response.statusCode()).isBetween(400, 403);
        assertThat(sns.fake.requests()).isEmpty();
    }

    static Stream<String> malformedCertUrls() {
        return Stream.of(
                "",
                PEM,
                HOST + PEM,
                "//" + HOST + PEM,
                "http://" + HOST + PEM,
                "HTTPS://" + HOST + PEM,
                "Https://" + HOST + PEM,
                "https:/" + HOST + PEM,
                "https:" + HOST + PEM,
                "https:///" + HOST + PEM,
                "ftp://" + HOST + PEM,
                "file:///etc/passwd",
                "https://sns.s3-us-east-1.amazonaws.com" + PEM,
                "https://sns.us-east-1.amazonaws.com.evil.com" + PEM,
                "https://evilsns.us-east-1.amazonaws.com" + PEM,
                "https://sns.us-west-2.amazonaws.com" + PEM,
                "https://sns.amazonaws.com" + PEM,
                "https://sns.us-east-1.amazonaws.com.cn" + PEM,
                "https://SNS.US-EAST-1.AMAZONAWS.COM" + PEM,
                "https://" + HOST + "." + PEM,
                "https://user@" + HOST + PEM,
                "https://user:secret@" + HOST + PEM,
                "https://" + HOST + "@evil.com" + PEM,
                "https://evil.com#@" + HOST + PEM,
                "https://evil.com?@" + HOST + PEM,
                "https://" + HOST + ":8443" + PEM,
                "https://" + HOST + ":80" + PEM,
                "https://" + HOST + ":" + PEM,
                "https://" + HOST + ":0443" + PEM,
                "https://" + HOST + ":443:443" + PEM,
                " https://" + HOST + PEM,
                "https://" + HOST + PEM + " ",
                "https://" + HOST + "/SimpleNotification Service-abc.pem",
                "https://" + HOST + PEM + "\n",
                "https://" + HOST + "\t" + PEM,
                "https://" + HOST + PEM + "\u0000",
                "https://" + HOST + PEM + "\r\nHost: evil.com",
                "https://54.239.28.85" + PEM,
                "https://[::1]" + PEM,
                "https://0x36EF1C55" + PEM,
                "https://%73ns.us-east-1.amazonaws.com" + PEM,
                "https://sns.us-east-1.amazonaws%2Ecom" + PEM,
                "https://" + HOST + "/SimpleNotificationService-abc%2Epem",
                "https://" + HOST + "\\SimpleNotificationService-abc.pem",
                "https://" + HOST + "\\@evil.com" + PEM,
                "https://\uff53ns.us-east-1.amazonaws.com" + PEM,
                "https://" + HOST + PEM + "?x",
                "https://" + HOST + PEM + "#x",
                "https://" + HOST + PEM + "?",
                "https://" + HOST + PEM + "/extra",
                "https://" + HOST + "/other" + PEM,
                "https://" + HOST + "/SimpleNotificationService-.pem",
                "https://" + HOST + "/SimpleNotificationService-abc.PEM",
                "https://" + HOST + "/SimpleNotificationService-abc.pem.evil",
                "https://" + HOST + "/SimpleNotificationService-ab.c.pem",
                "https://" + HOST + "/SimpleNotificationService-../x.pem",
                "https://" + HOST + "/simplenotificationservice-abc.pem",
                "https://" + HOST + "/" + PEM,
                "https://" + HOST + "/." + PEM,
                "https://" + HOST,
                "https://" + HOST + "?x=" + PEM);
    }

    static Stream<String> malformedSubscribeUrls() {
        return Stream.of(
                "",
                QUERY,
                "//" + HOST + QUERY,
                "http://" + HOST + QUERY,
                "HTTPS://" + HOST + QUERY,
                "https://sns.us-east-1.amazonaws.com.evil.com" + QUERY,
                "https://sns.s3-us-east-1.amazonaws.com" + QUERY,
                "https://evil.example" + QUERY,
                "https://169.254.169.254" + QUERY,
                "https://user@" + HOST + QUERY,
                "https://" + HOST + ":8443" + QUERY,
                "https://" + HOST + "/confirm" + QUERY.substring(1),
                "https://" + HOST + "/",
                "https://" + HOST + QUERY + "#x",
                "https://" + HOST + QUERY + " ",
                "https://" + HOST + QUERY + "&",
                "https://" + HOST + QUERY + "&Endpoint=http://evil.example",
                "https://" + HOST + QUERY + "&TopicArn=arn:aws:sns:us-east-1:123456789012:other",
                "https://" + HOST + "/?Action=Subscribe&TopicArn=" + ARN + "&Token=abc",
                "https://" + HOST + "/?TopicArn=" + ARN + "&Token=abc",
                "https://" + HOST + "/?Action=ConfirmSubscription&Token=abc",
                "https://" + HOST + "/?Action=ConfirmSubscription&TopicArn=" + ARN,
                "https://" + HOST + "/?Action=ConfirmSubscription&TopicArn=" + ARN + "&Token=",
                "https://" + HOST + "/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:123456789012:other"
                        + "&Token=abc",
                "https://" + HOST + "/?Action=ConfirmSubscription&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A"
                        + "123456789012%3Avigil-s3-events&Token=abc",
                "https://" + HOST + "/?Action=ConfirmSubscription&&TopicArn=" + ARN + "&Token=abc",
                "https://" + HOST + "\\" + QUERY);
    }
}
