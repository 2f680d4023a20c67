package io.vigil.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.api.auth.CredentialExtractor;
import io.vigil.api.error.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks other instances for their local answers over the internal store routes ({@link InternalStoreRoutes}), with
 * the forwarding marker and the caller's API key. Unreachable instances and their 503s count as "unavailable, retry";
 * other failures become 502.
 */
final class RemoteStores {

    private final HttpClient http;
    private final ObjectMapper json;
    private final String self;
    private final Duration timeout;
    private final ForwardMetrics metrics;

    RemoteStores(HttpClient http, ObjectMapper json, HostInfo self, Duration timeout, ForwardMetrics metrics) {
        this.http = http;
        this.json = json;
        this.self = self.host() + ":" + self.port();
        this.timeout = timeout;
        this.metrics = metrics;
    }

    StoreValue get(HostInfo owner, String storeName, String key, QueryOptions options) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("key", key);
        query.put(QueryOptions.STALE_PARAM, Boolean.toString(options.stale()));
        return metrics.counted(storeName, "get", () -> {
            HttpResponse<byte[]> response =
                    await(owner, send(owner, InternalStoreRoutes.valuePath(storeName), query, options));
            JsonNode value = readOk(owner, response).get("value");
            if (value == null) {
                throw ApiException.badGateway("Instance " + address(owner) + " answered without a value");
            }
            return new StoreValue(value, lag(response));
        });
    }

    private static long lag(HttpResponse<byte[]> response) {
        try {
            return response.headers()
                    .firstValue(QueryHeaders.STORE_LAG)
                    .map(Long::parseLong)
                    .orElse(0L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The JSON answer of {@code path} on the owner, a route that computes it from the owner's own copies. */
    JsonNode compute(HostInfo owner, String storeName, String path, Map<String, String> query, QueryOptions options) {
        return metrics.counted(
                storeName, "compute", () -> readOk(owner, await(owner, send(owner, path, query, options))));
    }

    /** @param range the bounds as key text, either may be null */
    CompletableFuture<HttpResponse<byte[]>> scan(
            HostInfo owner,
            String storeName,
            Set<Integer> partitions,
            KeyRange<String> range,
            PageRequest page,
            QueryOptions options) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(
                InternalStoreRoutes.PARTITIONS_PARAM,
                partitions.stream().map(String::valueOf).collect(Collectors.joining(",")));
        query.put("limit", Integer.toString(page.limit()));
        if (page.after() != null) {
            query.put("after", page.after());
        }
        if (range.from() != null) {
            query.put(InternalStoreRoutes.FROM_PARAM, range.from());
        }
        if (range.to() != null) {
            query.put(InternalStoreRoutes.TO_PARAM, range.to());
        }
        query.put(QueryOptions.STALE_PARAM, Boolean.toString(options.stale()));
        return send(owner, InternalStoreRoutes.entriesPath(storeName), query, options);
    }

    /** The page in a scan answer, once it has arrived. */
    Page page(HostInfo owner, String storeName, CompletableFuture<HttpResponse<byte[]>> answer) {
        return metrics.counted(storeName, "scan", () -> {
            JsonNode body = readOk(owner, await(owner, answer));
            try {
                return json.treeToValue(body, Page.class);
            } catch (IOException e) {
                throw ApiException.badGateway("Instance " + address(owner) + " answered an unreadable page");
            }
        });
    }

    private CompletableFuture<HttpResponse<byte[]>> send(
            HostInfo owner, String path, Map<String, String> query, QueryOptions options) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(owner, path, query))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header(QueryHeaders.FORWARDED_BY, self)
                .GET();
        if (options.apiKey() != null) {
            request.header(CredentialExtractor.API_KEY_HEADER, options.apiKey().value());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> await(HostInfo owner, CompletableFuture<HttpResponse<byte[]>> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw new StoreUnavailableException("instance " + address(owner) + " did not answer", e.getCause());
        }
    }

    private JsonNode readOk(HostInfo owner, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 200) {
            return readTree(owner, response.body());
        }
        String message = errorMessage(response.body());
        if (status == 404) {
            throw ApiException.notFound(message);
        }
        if (status == 503) {
            throw new StoreUnavailableException("instance " + address(owner) + " answered: " + message);
        }
        throw ApiException.badGateway("Instance " + address(owner) + " answered status " + status);
    }

    private JsonNode readTree(HostInfo owner, byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw ApiException.badGateway("Instance " + address(owner) + " answered unreadable JSON");
        }
    }

    private String errorMessage(byte[] body) {
        try {
            JsonNode message = json.readTree(body).path("message");
            return message.isTextual() ? message.asText() : "no message";
        } catch (IOException e) {
            return "no message";
        }
    }

    private static URI uri(HostInfo owner, String path, Map<String, String> query) {
        String host = owner.host().contains(":") ? "[" + owner.host() + "]" : owner.host();
        String params = query.entrySet().stream()
                .map(e -> UrlEncoding.encode(e.getKey()) + "=" + UrlEncoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create("http://" + host + ":" + owner.port() + path + "?" + params);
    }

    private static String address(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}
