package io.vigil.api.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Time;

/** A clock that only moves when something sleeps on it, recording every sleep. */
final class ManualTime implements Time {

    private long now = 1_000_000L;
    private final List<Long> sleeps = new ArrayList<>();

    @Override
    public long milliseconds() {
        return now;
    }

    @Override
    public long nanoseconds() {
        return now * 1_000_000L;
    }

    @Override
    public void sleep(long ms) {
        sleeps.add(ms);
        now += ms;
    }

    @Override
    public void waitObject(Object obj, Supplier<Boolean> condition, long deadlineMs) {
        throw new UnsupportedOperationException("not used by the code under test");
    }

    List<Long> sleeps() {
        return sleeps;
    }
}
