package io.jiuye.api.employer;

import io.jiuye.api.i18n.LocalizedText;

/** Industry of an employer (行业): the sections A–T of the national industry classification GB/T 4754-2017. */
public enum Industry {
    AGRICULTURE("A", LocalizedText.of("农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery")),
    MINING("B", LocalizedText.of("采矿业", "Mining")),
    MANUFACTURING("C", LocalizedText.of("制造业", "Manufacturing")),
    UTILITIES("D", LocalizedText.of("电力、热力、燃气及水生产和供应业",
            "Electricity, heat, gas and water production and supply")),
    CONSTRUCTION("E", LocalizedText.of("建筑业", "Construction")),
    WHOLESALE_RETAIL("F", LocalizedText.of("批发和零售业", "Wholesale and retail trade")),
    TRANSPORT("G", LocalizedText.of("交通运输、仓储和邮政业", "Transport, storage and postal services")),
    HOSPITALITY("H", LocalizedText.of("住宿和餐饮业", "Accommodation and catering")),
    INFORMATION_TECHNOLOGY("I", LocalizedText.of("信息传输、软件和信息技术服务业",
            "Information transmission, software and information technology services")),
    FINANCE("J", LocalizedText.of("金融业", "Finance")),
    REAL_ESTATE("K", LocalizedText.of("房地产业", "Real estate")),
    LEASING_BUSINESS_SERVICES("L", LocalizedText.of("租赁和商务服务业", "Leasing and business services")),
    RESEARCH_TECHNICAL_SERVICES("M", LocalizedText.of("科学研究和技术服务业",
            "Scientific research and technical services")),
    WATER_ENVIRONMENT("N", LocalizedText.of("水利、环境和公共设施管理业",
            "Water conservancy, environment and public facilities management")),
    RESIDENT_SERVICES("O", LocalizedText.of("居民服务、修理和其他服务业",
            "Resident services, repair and other services")),
    EDUCATION("P", LocalizedText.of("教育", "Education")),
    HEALTH_SOCIAL_WORK("Q", LocalizedText.of("卫生和社会工作", "Health and social work")),
    CULTURE_SPORTS("R", LocalizedText.of("文化、体育和娱乐业", "Culture, sports and entertainment")),
    PUBLIC_ADMINISTRATION("S", LocalizedText.of("公共管理、社会保障和社会组织",
            "Public administration, social security and social organisations")),
    INTERNATIONAL_ORGANISATIONS("T", LocalizedText.of("国际组织", "International organisations"));

    private final String code;
    private final LocalizedText label;

    Industry(String code, LocalizedText label) {
        this.code = code;
        this.label = label;
    }

    /** The section letter of GB/T 4754-2017. */
    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }
}
