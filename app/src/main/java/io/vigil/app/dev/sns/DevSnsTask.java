package io.vigil.app.dev.sns;

import io.vigil.connectors.sns.SnsHttpSourceTask;
import io.vigil.connectors.sns.SnsSourceConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import org.apache.kafka.connect.errors.ConnectException;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The SNS HTTP source task with one part replaced: the signing certificate comes from a local file through a
 * {@link DevSnsHttpClient}, which makes no network call. Every check stays as it is.
 */
public class DevSnsTask extends SnsHttpSourceTask {

    /** A PEM certificate is a few KiB; anything bigger is not one. */
    private static final long MAX_CERTIFICATE_BYTES = 64 * 1024;

    @Override
    protected SdkHttpClient createHttpClient(SnsSourceConfig config) {
        Path path = new DevSnsConfig(config.originalsStrings()).certificatePath();
        return new DevSnsHttpClient(readCertificate(path));
    }

    /** The PEM text of the file, once it has been checked to be one X.509 certificate. */
    static String readCertificate(Path path) {
        try {
            if (Files.size(path) > MAX_CERTIFICATE_BYTES) {
                throw new ConnectException(
                        "The dev SNS certificate " + path + " is larger than " + MAX_CERTIFICATE_BYTES + " bytes");
            }
            byte[] pem = Files.readAllBytes(path);
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
            return new String(pem, StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConnectException("Cannot read the dev SNS certificate " + path, e);
        }
    }
}
