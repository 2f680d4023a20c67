package io.vigil.topology.telemetry.rule;

import io.vigil.schema.telemetry.RuleOperator;
import java.util.Arrays;
import java.util.Optional;

/** The operators of threshold rules, as users write them ({@code >}, {@code >=}, ...) and as they compare. */
public final class Comparisons {

    private Comparisons() {}

    /** Whether {@code value operator threshold} holds. NaN never breaches. */
    public static boolean breaches(RuleOperator operator, double value, double threshold) {
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (operator) {
            case GT -> value > threshold;
            case GE -> value >= threshold;
            case LT -> value < threshold;
            case LE -> value <= threshold;
            case EQ -> value == threshold;
            case NE -> value != threshold;
        };
    }

    /** The operator as written: {@code >}, {@code >=}, {@code <}, {@code <=}, {@code ==} or {@code !=}. */
    public static String symbol(RuleOperator operator) {
        return switch (operator) {
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case EQ -> "==";
            case NE -> "!=";
        };
    }

    /** The operator written as {@code symbol}, or empty when it is none of the six. */
    public static Optional<RuleOperator> parse(String symbol) {
        return Arrays.stream(RuleOperator.values())
                .filter(operator -> symbol(operator).equals(symbol))
                .findFirst();
    }
}
