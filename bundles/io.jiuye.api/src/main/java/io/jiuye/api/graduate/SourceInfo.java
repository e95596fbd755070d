package io.jiuye.api.graduate;

/**
 * A graduate's source information as the graduate sees it (in clear): the read-only record, the fields they complete,
 * the verification state and the review item carrying it.
 */
public record SourceInfo(GraduateDto record, Boolean hukouToSchool, Boolean archiveToSchool, String qq,
        String homePostcode, String homePhone, String homeAddress, SourceState state, String reviewItemId,
        long version) {
}
