package io.jiuye.api.tenancy;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Schools and what lies beneath them. Operators manage schools; school admins manage their own school's colleges,
 * majors and cohorts; everybody else reads what their scope allows.
 */
@ProviderType
public interface TenancyService {

    SchoolDto createSchool(Principal caller, String code, String name, String province);

    SchoolDto school(Principal caller, String schoolId);

    /** Schools visible to the caller, filtered by a name/code fragment ({@code null} for all). */
    Page<SchoolDto> schools(Principal caller, String query, PageRequest page);

    CollegeDto createCollege(Principal caller, String schoolId, String code, String name);

    Page<CollegeDto> colleges(Principal caller, String schoolId, PageRequest page);

    MajorDto createMajor(Principal caller, String collegeId, String code, String name);

    Page<MajorDto> majors(Principal caller, String collegeId, PageRequest page);

    CohortDto createCohort(Principal caller, String schoolId, int graduationYear, String name, boolean current);

    Page<CohortDto> cohorts(Principal caller, String schoolId, PageRequest page);
}
