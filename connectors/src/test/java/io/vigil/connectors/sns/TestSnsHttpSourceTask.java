package io.vigil.connectors.sns;

import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The production task with one part replaced: certificates and subscription confirmations come from a
 * {@link FakeSnsHttpClient} that serves a test certificate. Every check stays as it is.
 */
public class TestSnsHttpSourceTask extends SnsHttpSourceTask {

    /** Test-only setting of the Connect ITs: the PEM the fake client serves at {@link FakeSnsHttpClient#CERT_URL}. */
    public static final String CERTIFICATE_PEM_CONFIG = "test.signing.certificate.pem";

    private final FakeSnsHttpClient client;

    /** For Connect, which instantiates tasks reflectively; the certificate comes from the connector config. */
    public TestSnsHttpSourceTask() {
        this(null);
    }

    TestSnsHttpSourceTask(FakeSnsHttpClient client) {
        this.client = client;
    }

    @Override
    protected SdkHttpClient createHttpClient(SnsSourceConfig config) {
        return client != null
                ? client
                : new FakeSnsHttpClient(config.originalsStrings().get(CERTIFICATE_PEM_CONFIG));
    }
}
