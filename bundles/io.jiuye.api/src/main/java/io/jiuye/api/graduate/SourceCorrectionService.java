package io.jiuye.api.graduate;

import io.jiuye.api.Principal;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Corrections of approved source information (申请修改 / 信息纠错, R-SRC-4): the graduate names fields, new values
 * and a reason; fields the school lets graduates edit directly change at once, the others go to the school's admins
 * as a review item ({@code core:source-correction@1}) whose attributes show each field's old and new value. An
 * approval applies them, logged as corrections.
 */
@ProviderType
public interface SourceCorrectionService {

    /** Field keys accepted in a correction (those of {@link SourceInfoUpdate}). */
    Set<String> FIELDS = Set.of("educationLevel", "hukouToSchool", "archiveToSchool", "qq", "homePostcode", "email",
            "phone", "homePhone", "homeAddress");

    CorrectionResult request(Principal caller, Map<String, String> values, String reason, long expectedVersion);

    /** The fields the school lets graduates change without review. */
    Set<String> directFields(String schoolId);

    /** Sets them (the school's admins or the operator). */
    Set<String> setDirectFields(Principal caller, String schoolId, Set<String> fields);
}
