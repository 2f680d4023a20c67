package io.vigil.api.uptime;

import io.vigil.api.error.ApiException;
import io.vigil.api.query.QueryOptions;
import io.vigil.api.query.StoreQueries;

/** Whether Vigil knows a store: any poll, business hours or timezone has named it (its directory entry). */
public final class KnownStores {

    private KnownStores() {}

    /** @throws ApiException 404 when no input has ever named the store */
    public static void require(StoreQueries queries, String storeId, QueryOptions options) {
        try {
            queries.get(UptimeApiStores.STATUS, storeId, options);
        } catch (ApiException e) {
            throw e.status() == 404 ? unknown(storeId) : e;
        }
    }

    static ApiException unknown(String storeId) {
        return ApiException.notFound("No store '" + storeId + "': no poll, business hours or timezone names it");
    }
}
