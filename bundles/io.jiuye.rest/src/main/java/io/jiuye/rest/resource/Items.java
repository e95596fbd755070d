package io.jiuye.rest.resource;

import java.util.List;

/** A complete, unpaged list: {@code {"items": [...]}}. */
public record Items<T>(List<T> items) {
    public Items {
        items = List.copyOf(items);
    }
}
