package io.vigil.app.runtime;

import java.util.ArrayDeque;
import java.util.Deque;

/** Things started in order and closed in reverse, with every failure kept (the first thrown, the rest suppressed). */
public final class Resources implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public <T extends AutoCloseable> T add(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Shutdown did not complete cleanly", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
