package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.api.error.ApiException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void shouldDefaultToTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.parse(null, null, 1000)).isEqualTo(new PageRequest(PageRequest.DEFAULT_LIMIT, null));
        assertThat(PageRequest.parse(null, "", 1000).after()).isNull();
    }

    @Test
    void shouldTakeTheLimitAndCursor() {
        assertThat(PageRequest.parse("25", "bucket-7", 1000)).isEqualTo(new PageRequest(25, "bucket-7"));
    }

    @Test
    void shouldCapTheDefaultAtTheMaximum() {
        assertThat(PageRequest.parse(null, null, 10).limit()).isEqualTo(10);
    }

    @Test
    void shouldRejectLimitsOutsideTheRangeOrNotNumbers() {
        for (String limit : new String[] {"0", "-1", "1001", "ten", "1e3"}) {
            assertThatThrownBy(() -> PageRequest.parse(limit, null, 1000))
                    .as(limit)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
