package io.jiuye.core.internal.file;

/** A file refused for what it contains or how big it is; {@code code} is the field error code. */
final class ContentRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    ContentRefused(String code, String why) {
        super(why, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
