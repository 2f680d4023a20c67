package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyRangeTest {

    @Test
    void shouldEndAPrefixRangeAtThePrefixWithItsLastCharacterRaised() {
        KeyRange<String> range = KeyRange.prefix("file-1|");

        assertThat(range).isEqualTo(new KeyRange<>("file-1|", "file-1}"));
        assertThat("file-1|zzz").isGreaterThanOrEqualTo(range.from()).isLessThan(range.to());
        assertThat("file-10|a").isLessThan(range.from());
        assertThat("file-2|a").isGreaterThan(range.to());
    }

    @Test
    void shouldRefusePrefixesWithoutAnUpperBound() {
        assertThatThrownBy(() -> KeyRange.prefix("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyRange.prefix("a\uffff")).isInstanceOf(IllegalArgumentException.class);
    }
}
