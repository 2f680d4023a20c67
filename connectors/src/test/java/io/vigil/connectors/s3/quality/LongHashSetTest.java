package io.vigil.connectors.s3.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void shouldTellNewValuesFromSeenOnesAcrossGrowth() {
        LongHashSet set = new LongHashSet(100_000);
        for (long i = 0; i < 100_000; i++) {
            assertThat(set.add(i * 1_000_003L - 50_000))
                    .as("first add of %d", i)
                    .isTrue();
        }
        for (long i = 0; i < 100_000; i++) {
            assertThat(set.add(i * 1_000_003L - 50_000))
                    .as("second add of %d", i)
                    .isFalse();
        }
        assertThat(set.size()).isEqualTo(100_000);
    }

    @Test
    void shouldHoldZeroAndExtremes() {
        LongHashSet set = new LongHashSet(3);
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(Long.MIN_VALUE)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(Long.MIN_VALUE)).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void shouldRefuseNewValuesOnceFullButStillAnswerForSeenOnes() {
        LongHashSet set = new LongHashSet(2);
        set.add(1);
        set.add(2);
        assertThat(set.add(2)).isFalse();
        assertThatThrownBy(() -> set.add(3)).isInstanceOf(IllegalStateException.class);
        assertThat(set.size()).isEqualTo(2);
    }
}
