package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.TrainingMode;

/** One row of a graduate import after it passed the checks that need no database. */
record GraduateRow(int row, String studentNumber, String name, String gender, String idNumber, String collegeCode,
        String majorCode, EducationLevel educationLevel, TrainingMode trainingMode, String className, String phone,
        String email) {
}
