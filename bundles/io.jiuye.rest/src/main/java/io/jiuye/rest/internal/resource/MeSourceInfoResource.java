package io.jiuye.rest.internal.resource;

import io.jiuye.api.graduate.CorrectionResult;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.Callers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /me/source-info}: the graduate's own source-information verification (R-SRC-1..2): read, save the
 * completed fields, submit into review, and after approval request corrections (R-SRC-4).
 */
@Path(Api.BASE + "/me/source-info")
@Produces(MediaType.APPLICATION_JSON)
public final class MeSourceInfoResource {
    private final SourceInfoService sourceInfo;
    private final SourceCorrectionService corrections;

    /** Body of a correction request: the version the caller saw, the new values by field and the reason. */
    public record Correction(Long version, Map<String, String> values, String reason) {
    }

    /** Body of a save: the fields to change (absent ones stay) and the version the caller saw. */
    public record Update(Long version, EducationLevel educationLevel, Boolean hukouToSchool, Boolean archiveToSchool,
            String qq, String homePostcode, String email, String phone, String homePhone, String homeAddress) {
    }

    /** Body of a submission. */
    public record Submit(Long version) {
    }

    public MeSourceInfoResource(SourceInfoService sourceInfo, SourceCorrectionService corrections) {
        this.sourceInfo = sourceInfo;
        this.corrections = corrections;
    }

    @GET
    public SourceInfo get(@Context ContainerRequestContext request) {
        return sourceInfo.mine(Callers.of(request));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SourceInfo save(Update body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        Update b = Params.required("body", body);
        long version = Params.version(b.version(), ifMatch);
        return sourceInfo.save(Callers.of(request), new SourceInfoUpdate(b.educationLevel(), b.hukouToSchool(),
                b.archiveToSchool(), b.qq(), b.homePostcode(), b.email(), b.phone(), b.homePhone(), b.homeAddress()),
                version);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public SourceInfo submit(Submit body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        return sourceInfo.submit(Callers.of(request), Params.version(body == null ? null : body.version(), ifMatch));
    }

    /** A correction of approved source information (R-SRC-4). */
    @POST
    @Path("corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public CorrectionResult correct(Correction body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        Correction b = Params.required("body", body);
        return corrections.request(Callers.of(request), b.values() == null ? Map.of() : b.values(), b.reason(),
                Params.version(b.version(), ifMatch));
    }

    /** Attaches an image (the JPEG or PNG itself as the body) as evidence to an open correction request. */
    @POST
    @Path("corrections/{correctionId}/evidence")
    @Consumes({"image/jpeg", "image/png"})
    public Response addEvidence(@PathParam("correctionId") String correctionId, InputStream body,
            @Context ContainerRequestContext request) throws IOException {
        int count = corrections.addEvidence(Callers.of(request), correctionId, body.readNBytes(2 * 1024 * 1024 + 1));
        return Response.status(Response.Status.CREATED).entity(Map.of("count", count)).build();
    }
}
