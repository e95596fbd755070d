package io.jiuye.api;

/**
 * What page of a list to read.
 *
 * @param limit  page size, 1..{@value #MAX_LIMIT}
 * @param cursor cursor from the previous page, or {@code null} for the first
 * @param count  whether to compute the total
 */
public record PageRequest(int limit, String cursor, boolean count) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw JiuyeException.invalid("limit", "LIMIT_RANGE", 1, MAX_LIMIT);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, false);
    }

    public static PageRequest firstPage() {
        return first(DEFAULT_LIMIT);
    }
}
