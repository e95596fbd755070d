package io.jiuye.api.employer;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Employers (A2). An employer registers itself once per deployment (one unified social credit code, one employer)
 * with its first account; its qualification (资质审核) is reviewed by an admin of the school it chose (its home
 * school) on the review engine; once verified it may act toward graduates of every school (province-wide alliance,
 * seed 001). A rejected employer corrects its data and submits again.
 */
@ProviderType
public interface EmployerService {

    /**
     * Registers the employer (state PENDING) and its first EMPLOYER account; with a home school the qualification
     * review starts at once. Fails with EMPLOYER_ALREADY_REGISTERED for a known credit code.
     */
    EmployerRegistered register(EmployerRegistration registration, String remoteAddress);

    /** The employer the calling employer account acts for. */
    EmployerDto mine(Principal caller);

    /**
     * Changes the caller's employer data ({@code null} fields stay). Refused with EMPLOYER_IN_REVIEW while its
     * qualification is in review; once verified, name and credit code are fixed.
     */
    EmployerDto update(Principal caller, EmployerProfile changes, long expectedVersion);

    /**
     * Sends the employer into qualification review: the first time, or again after a rejection. {@code homeSchoolId}
     * names (or changes) the reviewing school; {@code null} keeps the current one.
     */
    EmployerDto submit(Principal caller, String homeSchoolId, long expectedVersion);

    /**
     * Employers the caller may see, by state and a name or credit-code fragment: the operator all; a school admin
     * those whose home school is theirs and every verified one. Nobody else lists employers.
     */
    Page<EmployerDto> list(Principal caller, EmployerState state, String query, PageRequest page);

    /** The same list as an xlsx workbook, every matching employer (R-STAT-1 export). */
    byte[] export(Principal caller, EmployerState state, String query);

    EmployerDto get(Principal caller, String employerId);
}
