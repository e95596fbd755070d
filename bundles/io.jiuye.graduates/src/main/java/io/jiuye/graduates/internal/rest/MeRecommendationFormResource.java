package io.jiuye.graduates.internal.rest;

import io.jiuye.api.document.DocumentError;
import io.jiuye.api.graduate.RecommendationForm;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Locales;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /me/recommendation-form}: the graduate's recommendation form (R-REC-1..2): read, save the draft, set the
 * photo, preview as PDF, submit to the college.
 */
@Component(service = RestResource.class)
@ApiTag(value = "recommendation-form", description = "Recommendation forms (推荐表, R-REC-1..2)",
        errorCodes = DocumentError.class)
@Path(Api.BASE + "/me/recommendation-form")
@Produces(MediaType.APPLICATION_JSON)
public final class MeRecommendationFormResource implements RestResource {
    /** Photos are at most 2 MB; a little more is read so that a larger one is told apart. */
    private static final int MAX_PHOTO_READ = 2 * 1024 * 1024 + 1;

    private final RecommendationFormService forms;

    /** Body of a save: the version the caller saw and the fields to change (blank clears). */
    public record Save(Long version, Map<String, String> fields) {
    }

    /** Body of a submission. */
    public record Submit(Long version) {
    }

    @Activate
    public MeRecommendationFormResource(@Reference RecommendationFormService forms) {
        this.forms = forms;
    }

    @ApiOperation(id = "getMyRecommendationForm",
            summary = "The caller's recommendation form, created from the record on first access",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public RecommendationForm get(@Context ContainerRequestContext request) {
        return forms.mine(Callers.of(request));
    }

    @ApiOperation(id = "saveMyRecommendationForm",
            summary = "Save the draft (checked against the template's limits)",
            returns = "Saved",
            errors = { 400, 403, 404, 409, 415, 422 })
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationForm save(Save body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        Save b = Params.required("body", body);
        return forms.save(Callers.of(request), b.fields() == null ? Map.of() : b.fields(),
                Params.version(b.version(), ifMatch));
    }

    @ApiOperation(id = "setMyRecommendationPhoto",
            summary = "Set the photo: the JPEG or PNG image itself as the body (checked by content, at most 2 "
                    + "MB); the "
                + "version in If-Match",
            returns = "Saved",
            errors = { 400, 403, 404, 409, 415, 422 })
    @PUT
    @Path("photo")
    @Consumes({"image/jpeg", "image/png"})
    public RecommendationForm photo(InputStream body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) throws IOException {
        long version = Params.version(null, ifMatch);
        return forms.setPhoto(Callers.of(request), body.readNBytes(MAX_PHOTO_READ), version);
    }

    @ApiOperation(id = "submitMyRecommendationForm",
            summary = "Submit (or resubmit) to the college's review",
            returns = "In review",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationForm submit(Submit body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        return forms.submit(Callers.of(request), Params.version(body == null ? null : body.version(), ifMatch));
    }

    @ApiOperation(id = "previewMyRecommendationForm",
            summary = "The draft as PDF, whatever its state",
            responses = @ApiResponse(status = 200, description = "The PDF", type = byte[].class),
            errors = { 403, 404, 409, 422, 503 })
    @GET
    @Path("preview.pdf")
    @Produces("application/pdf")
    public Response preview(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context ContainerRequestContext request) {
        byte[] pdf = forms.preview(Callers.of(request), Locales.fromAcceptLanguage(language));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"recommendation-form-preview.pdf\"").build();
    }
}
