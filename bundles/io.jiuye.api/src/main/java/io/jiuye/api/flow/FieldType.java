package io.jiuye.api.flow;

/**
 * Types of form fields and settings. {@link #REGION} and {@link #COUNTRY} are pickers over a data table named by
 * {@link FieldDefinition#dataTable()} (the national region codes, the country list).
 */
public enum FieldType {
    TEXT, INTEGER, BOOLEAN, DATE, MONTH, MONEY, ENUM, PHONE, EMAIL, CREDIT_CODE, ID_NUMBER, REGION, COUNTRY
}
