package io.jiuye.graduates.internal.rest;

import io.jiuye.api.graduate.CorrectionResult;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * {@code /me/source-info}: the graduate's own source-information verification (R-SRC-1..2): read, save the
 * completed fields, submit into review, and after approval request corrections (R-SRC-4).
 */
@Component(service = RestResource.class)
@ApiTag(value = "source-info", description = "Source-information verification (R-SRC-1..3)")
@Path(Api.BASE + "/me/source-info")
@Produces(MediaType.APPLICATION_JSON)
public final class MeSourceInfoResource implements RestResource {
    /** Answer to an attached evidence image: how many the correction has now. */
    public record EvidenceAttached(int count) {
    }

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

    @Activate
    public MeSourceInfoResource(@Reference SourceInfoService sourceInfo,
            @Reference SourceCorrectionService corrections) {
        this.sourceInfo = sourceInfo;
        this.corrections = corrections;
    }

    @ApiOperation(id = "getMySourceInfo",
            summary = "The caller's source information (registered students), in clear",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    public SourceInfo get(@Context ContainerRequestContext request) {
        return sourceInfo.mine(Callers.of(request));
    }

    @ApiOperation(id = "saveMySourceInfo",
            summary = "Save completed fields while editable; every change is logged",
            returns = "Saved",
            errors = { 400, 403, 404, 409, 415, 422 })
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

    @ApiOperation(id = "submitMySourceInfo",
            summary = "Submit (or resubmit after a return or rejection) into the school's review chain",
            returns = "In review",
            errors = { 400, 403, 404, 409, 415, 422 })
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public SourceInfo submit(Submit body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context ContainerRequestContext request) {
        return sourceInfo.submit(Callers.of(request), Params.version(body == null ? null : body.version(), ifMatch));
    }

    /** A correction of approved source information (R-SRC-4). */
    @ApiOperation(id = "requestSourceCorrection",
            summary = "Correct approved source information: direct fields change at once, the others go to the "
                    + "school (R-SRC-4)",
            returns = "Applied and/or requested",
            errors = { 400, 403, 404, 409, 415, 422 })
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
    @ApiOperation(id = "addCorrectionEvidence",
            summary = "Attach an image as evidence to the caller's open correction (JPEG/PNG by content, 2 MB, "
                    + "at most 3)",
            responses = @ApiResponse(status = 201, description = "Attached", type = EvidenceAttached.class),
            errors = { 403, 404, 409, 415, 422 })
    @POST
    @Path("corrections/{correctionId}/evidence")
    @Consumes({"image/jpeg", "image/png"})
    public Response addEvidence(@PathParam("correctionId") String correctionId, InputStream body,
            @Context ContainerRequestContext request) throws IOException {
        int count = corrections.addEvidence(Callers.of(request), correctionId, body.readNBytes(2 * 1024 * 1024 + 1));
        return Response.status(Response.Status.CREATED).entity(new EvidenceAttached(count)).build();
    }
}
