package io.vigil.schema.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensorFileIdsTest {

    @Test
    void shouldNameAnObjectAlikeWithOrWithoutTheQuotesS3PutsAroundTheEtag() {
        assertThat(SensorFileIds.of("b", "uploads/x.csv", "\"abc-2\""))
                .isEqualTo(SensorFileIds.of("b", "uploads/x.csv", "abc-2"));
    }

    @Test
    void shouldGiveANewVersionOfAnObjectANewId() {
        assertThat(SensorFileIds.of("b", "k.csv", "v1")).isNotEqualTo(SensorFileIds.of("b", "k.csv", "v2"));
    }

    @Test
    void shouldNotConfuseTheBoundaryBetweenBucketAndKey() {
        assertThat(SensorFileIds.of("ab", "c", null)).isNotEqualTo(SensorFileIds.of("a", "bc", null));
    }

    @Test
    void shouldMakeIdsThatAreWellFormed() {
        String id = SensorFileIds.of("b", "k.csv", null);

        assertThat(id).hasSize(32);
        assertThat(SensorFileIds.isWellFormed(id)).isTrue();
    }

    @Test
    void shouldRefuseTextThatIsNotAnId() {
        assertThat(SensorFileIds.isWellFormed(null)).isFalse();
        assertThat(SensorFileIds.isWellFormed("../../etc/passwd")).isFalse();
        assertThat(SensorFileIds.isWellFormed("0123456789ABCDEF0123456789abcdef"))
                .isFalse();
        assertThat(SensorFileIds.isWellFormed("0123456789abcdef0123456789abcde"))
                .isFalse();
    }
}
