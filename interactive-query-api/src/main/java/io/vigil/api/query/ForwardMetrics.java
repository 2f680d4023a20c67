package io.vigil.api.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vigil.api.error.ApiException;
import java.util.function.Supplier;

/** Counts queries sent to other instances ({@code vigil.iq.forwarded}) by store, kind and outcome. */
final class ForwardMetrics {

    private final MeterRegistry meters;

    ForwardMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T counted(String storeName, String kind, Supplier<T> request) {
        try {
            T answer = request.get();
            count(storeName, kind, "ok");
            return answer;
        } catch (StoreUnavailableException e) {
            count(storeName, kind, "unavailable");
            throw e;
        } catch (ApiException e) {
            count(storeName, kind, e.code());
            throw e;
        }
    }

    private void count(String storeName, String kind, String outcome) {
        Counter.builder("vigil.iq.forwarded")
                .description("Store queries this instance sent to other instances")
                .tag("store", storeName)
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
