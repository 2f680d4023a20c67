package io.vigil.connectors.sns;

import java.util.HashMap;
import java.util.Map;

/**
 * The only URLs the endpoint will fetch: a signing certificate or a subscription confirmation on the SNS host of the
 * configured region. Both URLs come from the request body, so before anything is fetched they must match one exact
 * form, checked character by character (no regex, no lenient URL parser): {@code https} in lower case, no userinfo,
 * no port but 443, the host {@code sns.<region>.amazonaws.com} ({@code .amazonaws.com.cn} for {@code cn-} regions),
 * and only visible ASCII without {@code %} or {@code \}. Thread-safe.
 */
final class SnsUrlPolicy {

    private static final String SCHEME = "https://";
    private static final String CERT_PREFIX = "/SimpleNotificationService-";
    private static final String CERT_SUFFIX = ".pem";
    private static final int MAX_URL_CHARS = 2048;
    private static final int MAX_CERT_ID_CHARS = 128;
    private static final int MAX_REGION_CHARS = 32;

    private final String host;

    SnsUrlPolicy(String region) {
        if (!isRegionName(region)) {
            throw new IllegalArgumentException("not a region name");
        }
        this.host = "sns." + region + (region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com");
    }

    /** The one host certificates and confirmations are fetched from. */
    String host() {
        return host;
    }

    /** Refuses a {@code SigningCertURL} other than {@code https://<host>/SimpleNotificationService-<id>.pem}. */
    void checkSigningCertUrl(String url) throws SnsRejection {
        String path = pathAfterHost(url, "SigningCertURL");
        if (!path.startsWith(CERT_PREFIX) || !path.endsWith(CERT_SUFFIX)) {
            throw refused("SigningCertURL", "path is not /SimpleNotificationService-<id>.pem");
        }
        String id = path.substring(CERT_PREFIX.length(), path.length() - CERT_SUFFIX.length());
        if (id.isEmpty() || id.length() > MAX_CERT_ID_CHARS || !isAlphanumeric(id)) {
            throw refused("SigningCertURL", "certificate id is not alphanumeric");
        }
    }

    /**
     * Refuses a {@code SubscribeURL} other than {@code https://<host>/?Action=ConfirmSubscription&TopicArn=<the
     * message's topic>&Token=<token>}: exactly those three parameters, once each, in any order, no fragment.
     */
    void checkSubscribeUrl(String url, String topicArn) throws SnsRejection {
        String path = pathAfterHost(url, "SubscribeURL");
        if (!path.startsWith("/?") || path.indexOf('#') >= 0) {
            throw refused("SubscribeURL", "is not /?<query> without a fragment");
        }
        Map<String, String> query = parameters(path.substring(2));
        if (query.size() != 3
                || !"ConfirmSubscription".equals(query.get("Action"))
                || !topicArn.equals(query.get("TopicArn"))
                || query.getOrDefault("Token", "").isEmpty()) {
            throw refused("SubscribeURL", "query is not Action=ConfirmSubscription, this TopicArn and a Token");
        }
    }

    private static Map<String, String> parameters(String query) throws SnsRejection {
        Map<String, String> parameters = new HashMap<>();
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            String parameter = query.substring(start, end < 0 ? query.length() : end);
            int equals = parameter.indexOf('=');
            if (equals <= 0
                    || parameters.putIfAbsent(parameter.substring(0, equals), parameter.substring(equals + 1))
                            != null) {
                throw refused("SubscribeURL", "query has an empty, unnamed or repeated parameter");
            }
            start = end < 0 ? query.length() + 1 : end + 1;
        }
        return parameters;
    }

    /** Checks everything up to the path and returns the rest, which starts with {@code /}. */
    private String pathAfterHost(String url, String field) throws SnsRejection {
        if (url == null || url.isEmpty() || url.length() > MAX_URL_CHARS) {
            throw refused(field, "is empty or too long");
        }
        if (!isVisibleAscii(url) || url.indexOf('\\') >= 0 || url.indexOf('%') >= 0) {
            throw refused(field, "holds whitespace, control, non-ASCII, '%' or '\\' characters");
        }
        if (!url.startsWith(SCHEME)) {
            throw refused(field, "scheme is not https");
        }
        int pathStart = url.indexOf('/', SCHEME.length());
        if (pathStart < 0) {
            throw refused(field, "has no path");
        }
        String authority = url.substring(SCHEME.length(), pathStart);
        if (authority.indexOf('@') >= 0 || authority.indexOf('?') >= 0 || authority.indexOf('#') >= 0) {
            throw refused(field, "authority holds userinfo, a query or a fragment");
        }
        int colon = authority.indexOf(':');
        String urlHost = colon < 0 ? authority : authority.substring(0, colon);
        if (colon >= 0 && !"443".equals(authority.substring(colon + 1))) {
            throw refused(field, "port is not 443");
        }
        if (!host.equals(urlHost)) {
            throw refused(field, "host is not " + host);
        }
        return url.substring(pathStart);
    }

    private static SnsRejection refused(String field, String why) {
        return SnsRejection.forbidden(field + " " + why);
    }

    /** Whether every character is printable ASCII other than space (0x21 to 0x7e). */
    static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} looks like an AWS region: lower-case letters, digits and inner hyphens. */
    static boolean isRegionName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_REGION_CHARS) {
            return false;
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
