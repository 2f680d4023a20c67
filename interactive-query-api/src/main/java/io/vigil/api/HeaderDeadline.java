package io.vigil.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose client keeps sending the start of a request without ever finishing its headers
 * (slowloris): Jetty's idle timeout alone never fires while a byte arrives now and then. Each connection is looked at
 * every quarter of the timeout; bytes that arrived while no request was in progress and none completed start the
 * clock, and a completed request stops it. A request being handled (its body included, which the minimum data rate
 * covers) is never cut, and a legitimate client gets the whole timeout: a slow one is closed within 1.25 times it.
 */
final class HeaderDeadline implements Connection.Listener {

    private static final int LOOKS_PER_TIMEOUT = 4;

    private final Scheduler scheduler;
    private final long timeoutNanos;
    private final long lookMillis;

    HeaderDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeoutNanos = timeout.toNanos();
        this.lookMillis = Math.max(1, timeout.toMillis() / LOOKS_PER_TIMEOUT);
    }

    @Override
    public void onOpened(Connection connection) {
        new Watch(connection).next();
    }

    /** What one connection looked like last time; only ever touched by its own scheduled task. */
    private final class Watch implements Runnable {

        private final Connection connection;
        private long messagesIn;
        private long bytesIn;
        private long headerStartNanos = -1;

        Watch(Connection connection) {
            this.connection = connection;
        }

        void next() {
            scheduler.schedule(this, lookMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            long now = System.nanoTime();
            long messages = connection.getMessagesIn();
            long bytes = connection.getBytesIn();
            boolean handling = messages > connection.getMessagesOut();
            if (handling || messages != messagesIn) {
                headerStartNanos = -1;
            } else if (headerStartNanos < 0 && bytes != bytesIn) {
                headerStartNanos = now;
            }
            messagesIn = messages;
            bytesIn = bytes;
            if (headerStartNanos >= 0 && now - headerStartNanos >= timeoutNanos) {
                connection.getEndPoint().close();
                return;
            }
            next();
        }
    }
}
