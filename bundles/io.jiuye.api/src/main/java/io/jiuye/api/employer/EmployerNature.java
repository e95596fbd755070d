package io.jiuye.api.employer;

import io.jiuye.api.i18n.LocalizedText;

/**
 * Nature of an employer (单位性质): the twelve categories of the national graduate-employment statistics, with their
 * codes (seed 002 lists "12 fixed options"; seed 001 shows 高等教育单位).
 */
public enum EmployerNature {
    GOVERNMENT_AGENCY("10", LocalizedText.of("机关", "Government agency")),
    RESEARCH_INSTITUTE("20", LocalizedText.of("科研设计单位", "Research and design institute")),
    HIGHER_EDUCATION("21", LocalizedText.of("高等教育单位", "Higher education institution")),
    SCHOOL_EDUCATION("22", LocalizedText.of("中初教育单位", "Primary or secondary school")),
    HEALTH_CARE("23", LocalizedText.of("医疗卫生单位", "Medical and health institution")),
    OTHER_PUBLIC_INSTITUTION("29", LocalizedText.of("其他事业单位", "Other public institution")),
    STATE_OWNED_ENTERPRISE("31", LocalizedText.of("国有企业", "State-owned enterprise")),
    FOREIGN_INVESTED_ENTERPRISE("32", LocalizedText.of("三资企业", "Foreign-invested enterprise")),
    OTHER_ENTERPRISE("39", LocalizedText.of("其他企业", "Other enterprise")),
    ARMED_FORCES("40", LocalizedText.of("部队", "Armed forces")),
    RURAL_VILLAGE("55", LocalizedText.of("农村建制村", "Rural administrative village")),
    URBAN_COMMUNITY("56", LocalizedText.of("城镇社区", "Urban community"));

    private final String code;
    private final LocalizedText label;

    EmployerNature(String code, LocalizedText label) {
        this.code = code;
        this.label = label;
    }

    /** The national statistics code. */
    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }
}
