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

    /** The import template: the header row and one example row. */
    byte[] template(Format format);

    /** Graduates the caller may see, filtered by cohort year, college and a name/student-number fragment. */
    Page<GraduateDto> list(Principal caller, String schoolId, Integer graduationYear, String collegeId, String query,
            PageRequest page);

    GraduateDto get(Principal caller, String graduateId);
}
