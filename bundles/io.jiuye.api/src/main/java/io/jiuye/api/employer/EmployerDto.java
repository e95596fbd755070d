package io.jiuye.api.employer;

import java.time.Instant;

/**
 * An employer as the caller sees it.
 *
 * @param homeSchoolId    the school whose admins review its qualification, {@code null} until chosen
 * @param state           its qualification state; only VERIFIED employers act toward graduates
 * @param rejectionReason the reviewer's reason when REJECTED
 * @param reviewItemId    the review item (core:employer-qualification@1) carrying the current or last review
 */
public record EmployerDto(String id, String name, String creditCode, EmployerNature nature, Industry industry,
        String location, String address, String postcode, String contactPerson, String phone, String email,
        ArchiveReceiving archive, HukouReceiving hukou, String homeSchoolId, EmployerState state,
        String rejectionReason, String reviewItemId, Instant registeredAt, Instant verifiedAt, long version) {
}
