package io.vigil.topology.delivery.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexSizeTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "abc => 3",
                "a|b => 2",
                "(ab) => 3",
                "a* => 2",
                "a{3} => 4",
                "a{3,} => 5",
                "a{2,5} => 6",
                "(ab){3} => 12",
                "(a{2}){3} => 16",
                "[a{1000}] => 1",
                "[]{}]{2} => 3",
                "[[:digit:]{9}] => 1",
                "\\p{Greek}{3} => 4",
                "\\x{41}{2} => 3",
                "\\Qa{1000}\\E => 7",
                "a{,5} => 5",
                "a{x} => 4"
            })
    void shouldCountEachAtomTimesTheCopiesCountedRepetitionMakes(String regex, long size) {
        assertThat(RegexSize.estimate(regex)).isEqualTo(size);
    }

    @Test
    void shouldMultiplyNestedCounts() {
        assertThat(RegexSize.estimate("(a{1000}){1000}")).isGreaterThan(1_000_000L);
        assertThat(RegexSize.estimate("(?P<date>(((\\d{100}){100}){100}){100})"))
                .isGreaterThan(100_000_000L);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void shouldSaturateInsteadOfOverflowing() {
        String deep = "(".repeat(100) + "a" + "){1000}".repeat(100);

        assertThat(RegexSize.estimate(deep)).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void shouldNotBeFooledByUnbalancedInput() {
        assertThat(RegexSize.estimate("((a{1000}")).isGreaterThan(1000L);
        assertThat(RegexSize.estimate("a)){1000}")).isGreaterThan(1000L);
        assertThat(RegexSize.estimate("\\")).isZero();
        assertThat(RegexSize.estimate("[abc")).isEqualTo(1L);
    }
}
