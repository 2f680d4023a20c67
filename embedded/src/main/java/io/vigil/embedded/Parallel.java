package io.vigil.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs blocking start or stop tasks at the same time, one thread each, and reports every failure rather than the first.
 * Kafka nodes of a quorum must start together (each waits for a majority) and stop together (stopping them one by one
 * once the quorum is gone stalls for minutes).
 */
final class Parallel {

    private Parallel() {}

    /**
     * Runs every task on its own thread and waits for all of them.
     *
     * @param what names the threads and the failure, e.g. {@code "kafka-stop"}
     * @throws EmbeddedException after all tasks finished, if any failed; the other failures are suppressed in it
     */
    static void runAll(String what, List<Runnable> tasks) {
        EmbeddedException failure = Closer.combine(what + " failed", await(what, tasks));
        if (failure != null) {
            throw failure;
        }
    }

    private static List<Throwable> await(String what, List<Runnable> tasks) {
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, tasks.size()), threads(what));
        try {
            List<Future<?>> futures =
                    tasks.stream().<Future<?>>map(executor::submit).toList();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> future : futures) {
                awaitOne(future, failures);
            }
            return failures;
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitOne(Future<?> future, List<Throwable> failures) {
        try {
            future.get();
        } catch (ExecutionException e) {
            failures.add(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(e);
        }
    }

    /** Daemon threads named {@code vigil-<what>-<n>}, so a stuck start never keeps the JVM alive. */
    static ThreadFactory threads(String what) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "vigil-" + what + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
