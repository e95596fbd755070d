package io.jiuye.api.flow;

/** Types of form fields and settings. */
public enum FieldType {
    TEXT, INTEGER, BOOLEAN, DATE, MONTH, MONEY, ENUM, PHONE, EMAIL, CREDIT_CODE, ID_NUMBER
}
