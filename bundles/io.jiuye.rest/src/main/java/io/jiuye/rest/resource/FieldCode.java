package io.jiuye.rest.resource;

import io.jiuye.api.i18n.LocalizedText;

/**
 * Field error codes the HTTP layer raises itself, with built-in texts used when the message catalogue has none for
 * {@code field.<CODE>}. {@code LIMIT_RANGE} is raised by {@link io.jiuye.api.PageRequest}.
 */
public enum FieldCode {
    REQUIRED("必填", "Required"),
    NOT_AN_INTEGER("须为整数", "Must be an integer"),
    NOT_A_BOOLEAN("须为 true 或 false", "Must be true or false"),
    UNKNOWN_VALUE("不是允许的取值，可选：{0}", "Not an allowed value; one of: {0}"),
    UNKNOWN_PROPERTY("不认识的字段", "Unknown field"),
    INVALID_FORMAT("格式不正确", "Invalid format"),
    LIMIT_RANGE("须在 {0} 到 {1} 之间", "Must be between {0} and {1}");

    private final LocalizedText text;

    FieldCode(String zh, String en) {
        this.text = LocalizedText.of(zh, en);
    }

    public LocalizedText text() {
        return text;
    }
}
