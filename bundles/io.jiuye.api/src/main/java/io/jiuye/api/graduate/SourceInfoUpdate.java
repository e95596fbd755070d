package io.jiuye.api.graduate;

/**
 * The fields a student completes in source-information verification (R-SRC-1, seed 000 §3.2.2). The rest of the
 * record (number, name, college, major, class) is read-only. {@code null} leaves a field as it is.
 */
public record SourceInfoUpdate(EducationLevel educationLevel, Boolean hukouToSchool, Boolean archiveToSchool,
        String qq, String homePostcode, String email, String phone, String homePhone, String homeAddress) {
}
