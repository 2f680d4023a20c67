package io.vigil.testkit;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.TestInfo;

/**
 * Names that are unique per test and legal as Kafka topic names and Kafka Streams application ids, so that tests
 * sharing one broker never see each other's records or state.
 */
public final class TestNames {

    /** Leaves room for Kafka Streams' internal topic names (application id + store name + suffix, 249 at most). */
    static final int MAX_STEM_LENGTH = 60;

    private TestNames() {}

    /**
     * A unique name such as {@code mytopologyit-shouldcountwords-3f9a1c2e}: the test class and method (only
     * {@code [a-z0-9-]}, at most {@value #MAX_STEM_LENGTH} characters) and a random suffix.
     */
    public static String unique(TestInfo test) {
        return unique(stem(test));
    }

    /** {@code prefix} followed by a unique name for this test, e.g. {@code unique(test, "orders")}. */
    public static String unique(TestInfo test, String prefix) {
        return unique(prefix + "-" + stem(test));
    }

    /** {@code stem} reduced to {@code [a-z0-9-]} and {@value #MAX_STEM_LENGTH} characters, plus a random suffix. */
    static String unique(String stem) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return legal(stem) + "-" + suffix;
    }

    private static String stem(TestInfo test) {
        String className = test.getTestClass().map(Class::getSimpleName).orElse("");
        String method = test.getTestMethod().map(Method::getName).orElse(test.getDisplayName());
        return className + "-" + method;
    }

    private static String legal(String stem) {
        // '.' and '_' are legal but collide in Kafka metric names, so neither is used.
        String legal =
                stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (legal.length() > MAX_STEM_LENGTH) {
            legal = legal.substring(0, MAX_STEM_LENGTH).replaceAll("-+$", "");
        }
        return legal.isEmpty() ? "test" : legal;
    }
}
