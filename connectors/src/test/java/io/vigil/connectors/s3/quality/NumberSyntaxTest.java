package io.vigil.connectors.s3.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-7", "+7", "007", "9223372036854775807", "-9223372036854775808", "+0", "-0"})
    void shouldAcceptIntegers(String value) {
        assertThat(NumberSyntax.isInteger(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "+",
                "-",
                "1.0",
                "1e3",
                " 1",
                "1 ",
                "1_000",
                "1,000",
                "0x10",
                "9223372036854775808",
                "-9223372036854775809",
                "99999999999999999999",
                "--1",
                "+-1",
                "١٢",
                "NaN"
            })
    void shouldRefuseNonIntegers(String value) {
        assertThat(NumberSyntax.isInteger(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-1",
                "+1",
                "3.25",
                "-0.5",
                ".5",
                "5.",
                "1e3",
                "1E3",
                "6.02e+23",
                "1.5e-10",
                "1e-400",
                "0e999999999999",
                "1.7976931348623157e308",
                "0.0000000000000000000000000000000000001e300"
            })
    void shouldAcceptFiniteDecimals(String value) {
        assertThat(NumberSyntax.isDecimal(value)).isTrue();
    }

    @Test
    void shouldDecideAtTheEdgeOfTheDoubleRangeByTheDigits() {
        String max = new BigDecimal(Double.MAX_VALUE).toBigInteger().toString();

        assertThat(NumberSyntax.isDecimal(max)).isTrue();
        assertThat(NumberSyntax.isDecimal(max + ".5")).isTrue();
        assertThat(NumberSyntax.isDecimal(max + "0")).isFalse();
        assertThat(NumberSyntax.isDecimal("0." + max + "e309")).isTrue();
        assertThat(NumberSyntax.isDecimal("0." + max + "e310")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "+",
                "-",
                ".",
                "e5",
                "1e",
                "1e+",
                "1.2.3",
                "NaN",
                "-NaN",
                "Infinity",
                "-Infinity",
                "0x1p3",
                "0x10",
                "1e400",
                "-1e400",
                "1.8e308",
                "9.9e308",
                "1.7976931348623159e308",
                "1e99999999999999999999",
                "1d",
                "1f",
                " 1",
                "1 ",
                "1,5",
                "1_0",
                "1e3.5",
                "--1",
                "١٫٥"
            })
    void shouldRefuseNonDecimalsAndInfinities(String value) {
        assertThat(NumberSyntax.isDecimal(value)).isFalse();
    }
}
