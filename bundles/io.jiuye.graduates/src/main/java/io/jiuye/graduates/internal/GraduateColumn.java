package io.jiuye.graduates.internal;

import java.util.List;
import java.util.Locale;

/** The columns of the graduate import template, recognised by their Chinese header or their key. */
enum GraduateColumn {
    STUDENT_NUMBER("studentNumber", "学号", true, 32, "201508102026"),
    NAME("name", "姓名", true, 50, "张三"),
    GENDER("gender", "性别", false, 10, "男"),
    ID_NUMBER("idNumber", "身份证号", true, 18, "11010119950701083X"),
    COLLEGE_CODE("collegeCode", "学院代码", true, 20, "CS"),
    MAJOR_CODE("majorCode", "专业代码", false, 20, "080901"),
    EDUCATION_LEVEL("educationLevel", "学历层次", true, 20, "本科"),
    TRAINING_MODE("trainingMode", "培养方式", true, 20, "非定向"),
    CLASS_NAME("className", "班级", false, 50, "计科1901"),
    PHONE("phone", "手机号码", false, 20, "15800002340"),
    EMAIL("email", "电子邮箱", false, 100, "zhangsan@example.com");

    final String key;
    final String header;
    final boolean required;
    final int maxLength;
    final String example;

    GraduateColumn(String key, String header, boolean required, int maxLength, String example) {
        this.key = key;
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
        this.example = example;
    }

    /** The column a header cell names, or {@code null}. */
    static GraduateColumn byHeader(String cell) {
        if (cell == null) {
            return null;
        }
        String c = cell.strip().replace("*", "").replace("\uFEFF", "");
        for (GraduateColumn col : values()) {
            if (col.header.equals(c) || col.key.toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
                return col;
            }
        }
        return null;
    }

    static List<String> headers() {
        return java.util.Arrays.stream(values()).map(c -> c.required ? c.header + "*" : c.header).toList();
    }
}
