package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.RecommendationForm;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import io.jiuye.rest.internal.Locales;
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

/**
 * {@code /me/recommendation-form}: the graduate's recommendation form (R-REC-1..2): read, save the draft, set the
 * photo, preview as PDF, submit to the college.
 */
@Path(Api.BASE + "/me/recommendation-form")
@Produces(MediaType.APPLICATION_JSON)
public final class MeRecommendationFormResource {
    /** Photos are at most 2 MB; a little more is read so that a larger one is told apart. */
    private static final int MAX_PHOTO_READ = 2 * 1024 * 1024 + 1;

    private final RecommendationFormService forms;

    /** Body of a save: the version the caller saw and the fields to change (blank clears). */
    public record Save(Long version, Map<String, String> fields) {
    }

    /** Body of a submission. */
    public record Submit(Long version) {
    }

    public MeRecommendationFormResource(RecommendationFormService forms) {
        this.forms = forms;
    }

    @GET
    public RecommendationForm get(@Context ContainerRequestContext request) {
        return forms.mine(Callers.of(request));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationForm save(Save body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        Save b = Params.required("body", body);
        return forms.save(Callers.of(request), b.fields() == null ? Map.of() : b.fields(),
                Params.version(b.version(), ifMatch));
    }

    @PUT
    @Path("photo")
    @Consumes({"image/jpeg", "image/png"})
    public RecommendationForm photo(InputStream body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) throws IOException {
        long version = Params.version(null, ifMatch);
        return forms.setPhoto(Callers.of(request), body.readNBytes(MAX_PHOTO_READ), version);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationForm submit(Submit body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        return forms.submit(Callers.of(request), Params.version(body == null ? null : body.version(), ifMatch));
    }

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
