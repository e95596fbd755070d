package io.jiuye.core.module;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.tenancy.SchoolDto;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The schools of the deployment, their colleges, majors and cohorts, as modules refer to them: by internal id in
 * their rows, by public id in the API. Every call joins the caller's transaction.
 */
@ProviderType
public interface Schools {

    /** A school: internal id, public id, code (学校代码), name. */
    record SchoolRef(long id, String publicId, String code, String name) {
    }

    /** A college (学院) of a school. */
    record CollegeRef(long id, String publicId, long schoolId, String code, String name) {
    }

    /** A major (专业) of a college. */
    record MajorRef(long id, String publicId, long collegeId, String code, String name) {
    }

    Optional<SchoolRef> byPublicId(String publicId);

    /** The school with this public id, else {@code NOT_FOUND}. */
    default SchoolRef require(String publicId) {
        return byPublicId(publicId).orElseThrow(
                () -> new JiuyeException(CoreError.NOT_FOUND));
    }

    /** Every college of the school. */
    List<CollegeRef> colleges(long schoolId);

    /** Every major of the school's colleges. */
    List<MajorRef> majors(long schoolId);

    /** The colleges with these internal ids (unknown ids are absent), in one query. */
    Map<Long, CollegeRef> collegesByIds(Collection<Long> ids);

    /** The majors with these internal ids (unknown ids are absent), in one query. */
    Map<Long, MajorRef> majorsByIds(Collection<Long> ids);

    Optional<CollegeRef> collegeByPublicId(String publicId);

    Optional<MajorRef> majorByPublicId(String publicId);

    /**
     * The schools whose name or code contains the query (every school without one), by key: what anybody may see of
     * them, for choosing one's school before logging in.
     */
    Page<SchoolDto> search(String query, PageRequest page);

    /** Whether the school has the cohort (届) of this graduation year. */
    boolean hasCohort(long schoolId, int graduationYear);

    /** The schools with these internal ids (unknown ids are absent), in one query. */
    Map<Long, SchoolRef> byIds(Collection<Long> ids);

    default Optional<SchoolRef> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }
}
