package io.vigil.connectors.s3.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "10",
                "+7",
                "20.5",
                "-4.5",
                ".5",
                "5.",
                "-.25",
                "0.1",
                "0.3",
                "000123.4500",
                "1e3",
                "1E-3",
                "6.02e+23",
                "1.7976931348623157e308",
                "4.9e-324",
                "1e-400",
                "123456789012345678901234567890",
                "0.000000000000000000000000000001234",
                "9007199254740993",
                "3.141592653589793238462643383279",
                "1e22",
                "1e23",
                "123456789012345678",
                "0e999999999999"
            })
    void shouldParseLikeDoubleParseDouble(String text) {
        assertThat(parse(text)).isEqualTo(Double.parseDouble(text));
    }

    @Test
    void shouldAgreeWithDoubleParseDoubleOnRandomDecimals() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String text = random.nextInt(3) == 0
                    ? Double.toString(Double.longBitsToDouble(random.nextLong()))
                    : random.nextLong() / Math.pow(10, random.nextInt(20)) + "";
            if (text.contains("N") || text.contains("I")) {
                continue;
            }
            assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "+",
                "-",
                ".",
                "e5",
                "1e",
                "1e+",
                "--1",
                "1.2.3",
                "1,5",
                "abc",
                "NaN",
                "-Infinity",
                "Infinity",
                "0x1A",
                "0x1p3",
                "1d",
                "1f",
                "1e999",
                "-1e999",
                "1.8e308",
                "1 000",
                "١٢٣"
            })
    void shouldRefuseWhatIsNotAFiniteDecimal(String text) {
        assertThat(parse(text)).isNaN();
    }

    @Test
    void shouldIgnoreSurroundingBlanks() {
        assertThat(parse("  -2.5\t")).isEqualTo(-2.5);
    }

    private final DecimalText decimals = new DecimalText();

    private double parse(String text) {
        return decimals.parse(text.toCharArray(), 0, text.length());
    }
}
