package io.vigil.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void shouldEscapeTheFiveCharactersThatEndTextOrAnAttribute() {
        assertThat(Html.text("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void shouldWriteNothingForNull() {
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void shouldPercentEncodeAPathSegment() {
        assertThat(Html.url("a b/\"c\"")).isEqualTo("a%20b%2F%22c%22");
    }
}
