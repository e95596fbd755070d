package io.jiuye.rest.internal.resource;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.ReviewService;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.FieldCode;
import io.jiuye.rest.resource.Items;
import io.jiuye.rest.resource.PageParams;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.Required;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /review-items}: items in the generic review workflow: submit, list (waiting for me / submitted by me), read,
 * trail, and the actions approve, reject, return, withdraw, revoke and resubmit.
 */
@Component(service = RestResource.class)
@ApiTag("review")
@Path(Api.BASE + "/review-items")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewResource implements RestResource {
    private static final Map<String, ReviewAction> ACTIONS = Map.of("approve", ReviewAction.APPROVE, "reject",
            ReviewAction.REJECT, "return", ReviewAction.RETURN, "withdraw", ReviewAction.WITHDRAW, "revoke",
            ReviewAction.REVOKE, "resubmit", ReviewAction.SUBMIT);

    private final ReviewService review;

    /** Body of {@code POST /review-items}. */
    public record NewItem(String type, Map<String, String> attributes, String employerId, String counterpartyId) {
    }

    /** Body of an action: the version the caller saw and the remark (mandatory to reject, return, revoke). */
    public record ActionBody(Long version, String remark) {
    }

    @Activate
    public ReviewResource(@Reference ReviewService review) {
        this.review = review;
    }

    @ApiOperation(id = "submitReviewItem",
            summary = "Submit a new item into review",
            responses = @ApiResponse(status = 201, description = "Created", type = ReviewItemDto.class),
            errors = { 400, 403, 409, 415, 422 })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(NewItem body, @Context ContainerRequestContext request) {
        NewItem b = body == null ? new NewItem(null, null, null, null) : body;
        new Required().check("type", b.type()).done();
        ReviewItemDto item = review.submit(Callers.of(request),
                new SubmitRequest(b.type(), b.attributes(), b.employerId(), b.counterpartyId()));
        return Response.created(UriBuilder.fromPath(Api.BASE).path("review-items/{id}").build(item.id()))
                .entity(item).build();
    }

    @ApiOperation(id = "listReviewItems",
            summary = "Review items waiting for the caller, or submitted by the caller",
            returns = "OK",
            errors = { 400, 403, 422 })
    @GET
    public Page<ReviewItemDto> list(@QueryParam("filter") @ApiParam(allowed = { "waiting",
            "submitted" }) String filter, @BeanParam PageParams page,
            @Context ContainerRequestContext request) {
        Principal caller = Callers.of(request);
        PageRequest p = page.toPageRequest();
        String f = filter == null || filter.isBlank() ? "waiting" : filter.trim();
        return switch (f) {
            case "waiting" -> review.waitingFor(caller, p);
            case "submitted" -> review.submittedBy(caller, p);
            default -> throw Params.malformed("filter", FieldCode.UNKNOWN_VALUE, "waiting, submitted");
        };
    }

    @ApiOperation(id = "getReviewItem",
            summary = "One review item",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{itemId}")
    public ReviewItemDto get(@PathParam("itemId") String itemId, @Context ContainerRequestContext request) {
        return review.get(Callers.of(request), itemId);
    }

    @ApiOperation(id = "getReviewTrail",
            summary = "An item's review trail",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{itemId}/trail")
    public Items<TrailEntryDto> trail(@PathParam("itemId") String itemId, @Context ContainerRequestContext request) {
        return new Items<>(review.trail(Callers.of(request), itemId));
    }

    @ApiOperation(id = "actOnReviewItem",
            summary = "Act on an item",
            description = "Send the `version` you read (in the body or `If-Match`); a stale one gives 409 "
                + "VERSION_CONFLICT. Reject, return and revoke need a `remark`.",
            returns = "The item after the action",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("{itemId}/{action: approve|reject|return|withdraw|revoke|resubmit}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewItemDto act(@PathParam("itemId") String itemId, @PathParam("action") String action,
            ActionBody body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        long version = Params.version(body == null ? null : body.version(), ifMatch);
        String remark = body == null ? null : body.remark();
        return review.act(Callers.of(request), itemId, ACTIONS.get(action), version, remark);
    }
}
