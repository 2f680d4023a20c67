package io.vigil.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMergeTest {

    private static Page page(String next, String... keys) {
        return new Page(
                Arrays.stream(keys)
                        .map(key -> new StoreEntry(key, JsonNodeFactory.instance.textNode(key.toUpperCase())))
                        .toList(),
                next);
    }

    private static Page merge(int limit, Page... parts) {
        return PageMerge.merge(List.of(parts), limit, key -> key.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keys(Page page) {
        return page.entries().stream().map(StoreEntry::key).toList();
    }

    @Test
    void shouldInterleavePartsInKeyOrder() {
        Page merged = merge(10, page(null, "b", "d"), page(null, "a", "c", "e"));

        assertThat(keys(merged)).containsExactly("a", "b", "c", "d", "e");
        assertThat(merged.entries().get(0).value().asText()).isEqualTo("A");
        assertThat(merged.next()).isNull();
    }

    @Test
    void shouldCutAtTheLimitAndPointTheCursorAtTheLastKeyTaken() {
        Page merged = merge(3, page(null, "b", "d"), page(null, "a", "c", "e"));

        assertThat(keys(merged)).containsExactly("a", "b", "c");
        assertThat(merged.next()).isEqualTo("c");
    }

    @Test
    void shouldKeepACursorWhenAPartHasMoreEvenIfAllItsEntriesFit() {
        Page merged = merge(5, page("b", "a", "b"), page(null, "c"));

        assertThat(keys(merged)).containsExactly("a", "b", "c");
        assertThat(merged.next()).isEqualTo("c");
    }

    @Test
    void shouldOrderByUnsignedBytesLikeTheStores() {
        // U+00E9 encodes as 0xC3 0xA9: after every ASCII byte, unlike a signed comparison.
        Page merged = merge(10, page(null, "\u00e9t\u00e9"), page(null, "z", "a"));

        assertThat(keys(merged)).containsExactly("a", "z", "\u00e9t\u00e9");
    }

    @Test
    void shouldMergeNothingIntoAnEmptyLastPage() {
        Page merged = merge(10, page(null), Page.empty());

        assertThat(merged.entries()).isEmpty();
        assertThat(merged.next()).isNull();
    }
}
