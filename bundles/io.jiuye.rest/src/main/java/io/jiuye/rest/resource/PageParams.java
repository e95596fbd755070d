package io.jiuye.rest.resource;

import io.jiuye.api.PageRequest;
import io.jiuye.rest.resource.ApiParam;
import jakarta.ws.rs.QueryParam;

/** The paging query parameters {@code limit}, {@code cursor} and {@code count} of a list endpoint. */
public final class PageParams {
    @QueryParam("limit")
    @ApiParam(type = Integer.class, description = "Page size, 1 to 200 (default 50)")
    private String limit;
    @QueryParam("cursor")
    @ApiParam(description = "The nextCursor of the previous page; absent for the first page")
    private String cursor;
    @QueryParam("count")
    @ApiParam(type = Boolean.class, description = "true: also return the total")
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
