package io.vigil.app.client.uptime;

import io.vigil.app.client.ApiCallException;
import java.util.List;

/**
 * Where full batches go. The list is reused once {@link #send} returns, so a sink encodes it before that and never
 * keeps it.
 */
@FunctionalInterface
interface BatchSink<T> {

    /** @param number the batch's number in its file, from 1 */
    void send(List<T> batch, int number) throws ApiCallException, InterruptedException;
}
