package io.jiuye.api.graduate;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import java.io.InputStream;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Graduate records of a school (R-ACC-1). School admins import and list their school's graduates; college admins
 * list their college's. Nobody else browses them.
 */
@ProviderType
public interface GraduateService {

    /** Spreadsheet formats accepted for imports. */
    enum Format { XLSX, CSV }

    /**
     * Imports the graduates of one cohort from a spreadsheet with the template's columns. Valid rows are created or
     * updated (by school and student number); invalid rows are refused and reported with row, column and problem.
     */
    ImportReport importGraduates(Principal caller, String schoolId, int graduationYear, Format format,
            InputStream content, Locale locale);

    /**
     * Starts the same import in the background, for large files: the content is copied to the node's data directory
     * first, then read in batches; the job's progress is stored after each batch, so any node answers for it.
     */
    ImportJob startImport(Principal caller, String schoolId, int graduationYear, Format format, InputStream content,
            Locale locale);

    /** A background import, for the admins of its school. */
    ImportJob importJob(Principal caller, String jobId);

    /** The import template: the header row and one example row. */
    byte[] template(Format format);

    /** Graduates the caller may see (school admins: the school; college admins: their college), masked. */
    Page<GraduateDto> list(Principal caller, GraduateFilter filter, PageRequest page);

    /** Graduates the caller may see, filtered by cohort year, college and a name/student-number fragment. */
    default Page<GraduateDto> list(Principal caller, String schoolId, Integer graduationYear, String collegeId,
            String query, PageRequest page) {
        return list(caller, new GraduateFilter(schoolId, graduationYear, collegeId, null, query, null), page);
    }

    /** The same list as an xlsx workbook (masked), every matching row. */
    byte[] export(Principal caller, GraduateFilter filter);

    /** One record: its graduate sees it in clear, its admins masked. */
    default GraduateDto get(Principal caller, String graduateId) {
        return get(caller, graduateId, false);
    }

    /**
     * One record; with {@code unmasked} its college and school admins see ID number and phone in clear (to verify
     * them), and the read is written to the security audit.
     */
    GraduateDto get(Principal caller, String graduateId, boolean unmasked);
}
