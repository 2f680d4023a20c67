package io.vigil.topology.uptime.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportIdsTest {

    @Test
    void shouldAcceptTheIdsItMakes() {
        assertThat(ReportIds.isValid(ReportIds.next())).isTrue();
    }

    @Test
    void shouldRefuseAnythingButALowerCaseUuid() {
        assertThat(ReportIds.isValid("0B4A9A3E-5F7C-4D0E-9A51-1F2E3D4C5B6A")).isFalse();
        assertThat(ReportIds.isValid("0b4a9a3e|5f7c-4d0e-9a51-1f2e3d4c5b6a")).isFalse();
        assertThat(ReportIds.isValid("1-1-1-1-1")).isFalse();
        assertThat(ReportIds.isValid(null)).isFalse();
    }
}
