package io.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class TestNamesTest {

    private static final String LEGAL = "[a-z0-9-]+";

    @Test
    void shouldNameTheTestClassAndMethodInLowerCase(TestInfo test) {
        assertThat(TestNames.unique(test))
                .matches("testnamestest-shouldnamethetestclassandmethodinlowercase-[0-9a-f]{8}");
    }

    @Test
    void shouldPutThePrefixFirst(TestInfo test) {
        assertThat(TestNames.unique(test, "Orders.v1"))
                .startsWith("orders-v1-testnamestest-")
                .matches(LEGAL);
    }

    @Test
    void shouldDifferOnEveryCall(TestInfo test) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            names.add(TestNames.unique(test));
        }

        assertThat(names).hasSize(100);
    }

    @Test
    void shouldReplaceIllegalCharactersAndTrimLongStems() {
        String name = TestNames.unique("[1] should_handle \"quotes\" & dots.in.names " + "x".repeat(200));

        assertThat(name).matches(LEGAL).doesNotStartWith("-").doesNotContain("--");
        assertThat(name.length()).isLessThanOrEqualTo(TestNames.MAX_STEM_LENGTH + 9);
        assertThat(name).startsWith("1-should-handle-quotes-dots-in-names-x");
    }

    @Test
    void shouldFallBackToTestForAnEmptyStem() {
        assertThat(TestNames.unique("___")).matches("test-[0-9a-f]{8}");
    }
}
