package io.jiuye.api.graduate;

import io.jiuye.api.i18n.LocalizedText;

/** Education level (学历层次) of a graduate. */
public enum EducationLevel {
    JUNIOR_COLLEGE(LocalizedText.of("专科", "Junior college")),
    BACHELOR(LocalizedText.of("本科", "Bachelor")),
    MASTER(LocalizedText.of("硕士", "Master")),
    DOCTOR(LocalizedText.of("博士", "Doctor"));

    private final LocalizedText label;

    EducationLevel(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The level for a code or its Chinese label (as schools write it in spreadsheets), or {@code null}. */
    public static EducationLevel parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EducationLevel l : values()) {
            if (l.name().equalsIgnoreCase(t) || l.label.zh().equals(t) || (l.label.zh() + "生").equals(t)) {
                return l;
            }
        }
        return switch (t) {
            case "硕士研究生" -> MASTER;
            case "博士研究生" -> DOCTOR;
            case "高职", "高职专科", "专科生毕业" -> JUNIOR_COLLEGE;
            case "本科生毕业" -> BACHELOR;
            default -> null;
        };
    }
}
