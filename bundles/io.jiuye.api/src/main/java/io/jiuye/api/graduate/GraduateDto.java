package io.jiuye.api.graduate;

/**
 * A graduate record (生源) as the caller may see it: {@code idNumber} and {@code phone} are masked
 * ({@code 110101********0839}, {@code 158****2340}) unless the caller's role needs them in clear; {@code sourceState}
 * is where its source-information verification stands.
 */
public record GraduateDto(String id, String schoolId, String collegeId, String majorId, int graduationYear,
        String studentNumber, String name, String gender, String idNumber, EducationLevel educationLevel,
        TrainingMode trainingMode, String className, String phone, String email, boolean registered,
        SourceState sourceState, long version) {
}
