package io.jiuye.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list.
 *
 * @param items      the items of this page
 * @param nextCursor opaque cursor of the next page, {@code null} on the last one
 * @param total      the total count, only when asked for
 */
public record Page<T>(List<T> items, String nextCursor, Long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), nextCursor, total);
    }
}
