package io.jiuye.api.document;

import io.jiuye.api.ErrorCode;

/**
 * Why a document could not be rendered through no fault of the caller. Messages live in the message catalogue under
 * {@code error.<CODE>}.
 */
public enum DocumentError implements ErrorCode {
    /** The configured font file is missing or unreadable (argument: its path); an operator must install it. */
    DOCUMENT_FONT_UNAVAILABLE(503),
    /** The plugin's template resource is missing or malformed (argument: the template id). */
    DOCUMENT_TEMPLATE_INVALID(500);

    private final int status;

    DocumentError(int status) {
        this.status = status;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public int status() {
        return status;
    }
}
