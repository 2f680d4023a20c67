package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.api.error.ApiException;
import org.junit.jupiter.api.Test;

class InternalStoreRoutesTest {

    @Test
    void shouldParseAPartitionList() {
        assertThat(InternalStoreRoutes.partitions("3,0,5,3")).containsExactly(0, 3, 5);
    }

    @Test
    void shouldRejectMissingNegativeOrNonNumericPartitions() {
        for (String bad : new String[] {null, "", "1,,2", "-1", "a", "1;2", "99999999999"}) {
            assertThatThrownBy(() -> InternalStoreRoutes.partitions(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void shouldRejectAnUnboundedPartitionList() {
        assertThatThrownBy(() -> InternalStoreRoutes.partitions("1,".repeat(10_001) + "1"))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void shouldEncodeStoreNamesIntoInternalPaths() {
        assertThat(InternalStoreRoutes.valuePath("ingress-bucket-activity"))
                .isEqualTo("/internal/stores/ingress-bucket-activity/value");
        assertThat(InternalStoreRoutes.entriesPath("a b")).isEqualTo("/internal/stores/a%20b/entries");
    }
}
