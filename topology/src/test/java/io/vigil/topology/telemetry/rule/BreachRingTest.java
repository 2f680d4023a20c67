package io.vigil.topology.telemetry.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BreachRingTest {

    @Test
    void countMatchesAPlainWindowOfTheLastNBitsForAnySequence() {
        Random random = new Random(42);
        for (int size : new int[] {1, 2, 7, 8, 9, 64, 1000}) {
            BreachRing ring = BreachRing.empty(size);
            Deque<Boolean> window = new ArrayDeque<>();
            for (int i = 0; i < 5 * size + 17; i++) {
                boolean breach = random.nextBoolean();
                ring.add(breach);
                window.addLast(breach);
                if (window.size() > size) {
                    window.removeFirst();
                }
                assertThat(ring.breaches())
                        .as("size %d after %d readings", size, i + 1)
                        .isEqualTo((int) window.stream().filter(b -> b).count());
                assertThat(ring.seen()).isEqualTo(window.size());
            }
        }
    }

    @Test
    void restoredRingContinuesExactlyAsTheOriginal() {
        BreachRing original = BreachRing.empty(10);
        for (int i = 0; i < 13; i++) {
            original.add(i % 3 == 0);
        }
        BreachRing restored =
                BreachRing.restore(10, original.bits(), original.nextSlot(), original.seen(), original.breaches());
        for (int i = 0; i < 25; i++) {
            original.add(i % 2 == 0);
            restored.add(i % 2 == 0);
            assertThat(restored.breaches()).isEqualTo(original.breaches());
        }
    }

    @Test
    void refusesAStoredRingThatDoesNotFitItsSize() {
        BreachRing ring = BreachRing.empty(10);

        assertThatThrownBy(() -> BreachRing.restore(20, ring.bits(), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BreachRing.restore(10, ring.bits(), 0, 3, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
