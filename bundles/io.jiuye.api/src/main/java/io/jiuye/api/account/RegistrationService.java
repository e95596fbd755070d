package io.jiuye.api.account;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.tenancy.SchoolDto;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Student self-registration against the imported graduate records (R-ACC-2). A registration that matches no record
 * says so without telling which field differs; one record holds at most one account.
 */
@ProviderType
public interface RegistrationService {

    /** Schools a student may register with, by a name or code fragment (public: no tenant data). */
    Page<SchoolDto> schools(String query, PageRequest page);

    /** The keys a school's registrations must match (besides school and graduation year). */
    Set<MatchKey> matchKeys(String schoolId);

    /** Sets them (the school's admins or the operator); at least one of STUDENT_NUMBER and ID_NUMBER. */
    Set<MatchKey> setMatchKeys(Principal caller, String schoolId, Set<MatchKey> keys);

    /**
     * Creates the student's account, linked to the matching record, with username
     * {@code <studentNumber>@<schoolCode>}. Fails with REGISTRATION_NO_MATCH or ALREADY_REGISTERED.
     */
    UserDto register(Registration registration, String remoteAddress);
}
