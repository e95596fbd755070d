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

    /**
     * Attaches an image as evidence to the caller's open correction request: JPEG or PNG by content, at most 2 MB, at
     * most {@value #MAX_EVIDENCE} per request. Returns how many the request now has.
     */
    int addEvidence(Principal caller, String correctionId, byte[] image);

    /** Most evidence images per correction request. */
    int MAX_EVIDENCE = 3;

    /** One evidence image (0-based), for the graduate and the admins of the school; media type and bytes. */
    Evidence evidence(Principal caller, String correctionId, int index);

    /** An evidence image. */
    record Evidence(String mediaType, byte[] content) {
    }

    /** The fields the school lets graduates change without review. */
    Set<String> directFields(String schoolId);

    /** Sets them (the school's admins or the operator). */
    Set<String> setDirectFields(Principal caller, String schoolId, Set<String> fields);
}
