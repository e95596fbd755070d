package io.jiuye.graduates.internal.rest;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.ImportJob;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiParam;
import io.jiuye.rest.resource.ApiResponse;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.FieldCode;
import io.jiuye.rest.resource.Locales;
import io.jiuye.rest.resource.Params;
import io.jiuye.rest.resource.RestError;
import io.jiuye.rest.resource.RestResource;
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
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Graduate imports of a school (R-ACC-1): the template, and an import of a cohort's spreadsheet. The file is the
 * request body itself ({@code text/csv} or the xlsx media type); its first bytes must match the declared type and
 * its size is limited.
 */
@Component(service = RestResource.class)
@ApiTag(value = "graduates", description = "Graduate records (生源): import and lists (R-ACC-1)")
@Path(Api.BASE + "/schools/{schoolId}/graduate-imports")
@Produces(MediaType.APPLICATION_JSON)
public final class GraduateImportResource implements RestResource {
    static final String XLSX = Api.XLSX;
    /** Largest accepted import: 100,000 rows of the template fit in about 12 MB of xlsx or csv. */
    static final long MAX_IMPORT_BYTES = 50L * 1024 * 1024;
    /** Files up to this size (some 8,000 rows) are imported within the request. */
    static final long MAX_IMMEDIATE_BYTES = 1024L * 1024;

    private final GraduateService graduates;

    @Activate
    public GraduateImportResource(@Reference GraduateService graduates) {
        this.graduates = graduates;
    }

    @ApiOperation(id = "graduateImportTemplate",
            summary = "Download the graduate import template (xlsx by default, or csv)",
            responses = @ApiResponse(status = 200, description = "The template: a header row (required columns "
                    + "marked *) and an example row", type = byte[].class),
            errors = { 400 })
    @GET
    @Path("template")
    @Produces({XLSX, "text/csv"})
    public Response template(@PathParam("schoolId") String schoolId,
            @QueryParam("format") @ApiParam(allowed = { "xlsx", "csv" }) String format) {
        Format f = format == null || format.isBlank() ? Format.XLSX
                : Params.enumValue("format", format.toUpperCase(java.util.Locale.ROOT), Format.class);
        String name = f == Format.XLSX ? "graduates-template.xlsx" : "graduates-template.csv";
        return Response.ok(graduates.template(f), f == Format.XLSX ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /**
     * Imports the body. A small file (at most {@value #MAX_IMMEDIATE_BYTES} bytes, by its Content-Length) is imported
     * at once and answered with its report; a larger one, one without a length, or any with
     * {@code background=true} runs as a tracked job: 202 with the job, whose progress {@code GET …/{jobId}} shows.
     */
    @ApiOperation(id = "importGraduates",
            summary = "Import a cohort's graduates from a spreadsheet (school admins). The body is the file "
                    + "itself; at "
                + "most 50 MB. Up to 1 MB (by Content-Length) it is imported at once (200, the report); larger, "
                + "without a length, or with background=true it runs as a tracked job (202, the job, Location of "
                + "its progress).",
            responses = { @ApiResponse(status = 200, description = "The import report",
                    type = io.jiuye.api.graduate.ImportReport.class), @ApiResponse(status = 202,
                            description = "Running as a job", type = ImportJob.class) },
            errors = { 400, 403, 404, 413, 415, 422 })
    @POST
    @Consumes({XLSX, "text/csv"})
    public Response importGraduates(@PathParam("schoolId") String schoolId,
            @QueryParam("graduationYear") @ApiParam(type = Integer.class) String graduationYear,
                    @QueryParam("background") @ApiParam(type = Boolean.class) String background,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, InputStream body,
            @Context ContainerRequestContext request) {
        Integer year = Params.required("graduationYear", Params.integer("graduationYear", graduationYear));
        Long size = length != null && length.matches("\\d{1,18}") ? Long.valueOf(length) : null;
        if (size != null && size > MAX_IMPORT_BYTES) {
            throw new JiuyeException(RestError.PAYLOAD_TOO_LARGE);
        }
        Format format = type != null && type.startsWith("text/csv") ? Format.CSV : Format.XLSX;
        InputStream content = checkedContent(body, format);
        if (size != null && size <= MAX_IMMEDIATE_BYTES && !Params.bool("background", background)) {
            return Response.ok(graduates.importGraduates(Callers.of(request), schoolId, year, format, content,
                    Locales.fromAcceptLanguage(language))).build();
        }
        ImportJob job = graduates.startImport(Callers.of(request), schoolId, year, format, content,
                Locales.fromAcceptLanguage(language));
        return Response.accepted(job).location(UriBuilder.fromPath(Api.BASE)
                .path("schools/{schoolId}/graduate-imports/{jobId}").build(schoolId, job.id())).build();
    }

    /** A background import's progress and, once done, its report. */
    @ApiOperation(id = "graduateImportJob",
            summary = "A background import's progress and report (the school's admins)",
            returns = "OK",
            errors = { 403, 404 })
    @GET
    @Path("{jobId}")
    public ImportJob job(@PathParam("schoolId") String schoolId, @PathParam("jobId") String jobId,
            @Context ContainerRequestContext request) {
        return graduates.importJob(Callers.of(request), jobId);
    }

    /** The body, refused when its first bytes do not match the declared type, and cut off past the size limit. */
    private static InputStream checkedContent(InputStream body, Format format) {
        BufferedInputStream in = new BufferedInputStream(new Limited(body, MAX_IMPORT_BYTES));
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            boolean binary = false;
            for (byte b : head) {
                binary |= b == 0;
            }
            if (format == Format.XLSX ? !zip : (zip || binary)) {
                throw Params.malformed("file", FieldCode.INVALID_FORMAT, format.name().toLowerCase());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in;
    }

    /**
     * Fails with an {@link UncheckedIOException} once more than {@code max} bytes were read (a body sent without a
     * length); the import then reports the file as unreadable.
     */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private int count(int n) {
            if (n > 0 && (read += n) > max) {
                throw new UncheckedIOException(new IOException("import larger than " + max + " bytes"));
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(super.read(b, off, len));
        }
    }
}
