package io.vigil.api.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Merges pages from several partitions or instances into one, in the store's key order (unsigned bytes of the
 * serialised key, the order RocksDB and the in-memory stores keep). Each part holds the first entries after the
 * cursor of its own keys, so the first {@code limit} of their union are the first {@code limit} overall.
 */
final class PageMerge {

    private PageMerge() {}

    static Page merge(List<Page> parts, int limit, Function<String, byte[]> sortKey) {
        List<Sortable> all = new ArrayList<>();
        boolean more = false;
        for (Page part : parts) {
            more |= part.next() != null;
            part.entries().forEach(entry -> all.add(new Sortable(sortKey.apply(entry.key()), entry)));
        }
        all.sort(Comparator.comparing(Sortable::bytes, Arrays::compareUnsigned));
        more |= all.size() > limit;
        List<StoreEntry> taken = all.stream().limit(limit).map(Sortable::entry).toList();
        String next = more && !taken.isEmpty() ? taken.get(taken.size() - 1).key() : null;
        return new Page(taken, next);
    }

    private record Sortable(byte[] bytes, StoreEntry entry) {}
}
