package io.jiuye.rest.resource;

import io.jiuye.api.PageRequest;
import jakarta.ws.rs.QueryParam;

/** The paging query parameters {@code limit}, {@code cursor} and {@code count} of a list endpoint. */
public final class PageParams {
    @QueryParam("limit")
    private String limit;
    @QueryParam("cursor")
    private String cursor;
    @QueryParam("count")
    private String count;

    public PageParams() {
    }

    public PageParams(String limit, String cursor, String count) {
        this.limit = limit;
        this.cursor = cursor;
        this.count = count;
    }

    /** The page asked for; {@code limit} defaults to {@value PageRequest#DEFAULT_LIMIT}. */
    public PageRequest toPageRequest() {
        Integer l = Params.integer("limit", limit);
        return new PageRequest(l == null ? PageRequest.DEFAULT_LIMIT : l, cursor, Params.bool("count", count));
    }
}
