package io.vigil.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ParallelTest {

    @Test
    void shouldRunTasksAtTheSameTime() {
        // Each task waits for the others: this only finishes if all run at once, like the nodes of a quorum.
        CountDownLatch allStarted = new CountDownLatch(3);
        Runnable task = () -> {
            allStarted.countDown();
            awaitQuietly(allStarted);
        };

        Parallel.runAll("test", List.of(task, task, task));

        assertThat(allStarted.getCount()).isZero();
    }

    @Test
    void shouldReportEveryFailureAfterAllTasksFinished() {
        CountDownLatch finished = new CountDownLatch(1);
        Runnable fails1 = () -> {
            throw new IllegalStateException("one");
        };
        Runnable fails2 = () -> {
            throw new IllegalArgumentException("two");
        };

        assertThatThrownBy(() -> Parallel.runAll("kafka-stop", List.of(fails1, finished::countDown, fails2)))
                .isInstanceOf(EmbeddedException.class)
                .hasMessage("kafka-stop failed")
                .hasCauseInstanceOf(IllegalStateException.class)
                .satisfies(e ->
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class));
        assertThat(finished.getCount()).isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("tasks did not run at the same time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
