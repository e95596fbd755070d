package io.jiuye.rest.resource;

import io.jiuye.api.ErrorCode;
import io.jiuye.api.i18n.LocalizedText;

/**
 * Error codes the HTTP layer adds to {@link io.jiuye.api.CoreError}, with built-in texts used when the message
 * catalogue has none for {@code error.<CODE>}.
 */
public enum RestError implements ErrorCode {
    METHOD_NOT_ALLOWED(405, "该资源不支持此请求方法", "This method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "无法以所要求的格式返回结果", "The requested response format cannot be produced"),
    PAYLOAD_TOO_LARGE(413, "请求内容过大", "The request is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "不支持的请求内容类型，请使用 application/json",
            "Unsupported content type, use application/json"),
    INTERNAL_ERROR(500, "服务器内部错误，请稍后重试", "Internal server error, please try again later"),
    SERVICE_UNAVAILABLE(503, "服务正在启动或重启，请稍后重试",
            "The service is starting or restarting, please try again shortly");

    private final int status;
    private final LocalizedText text;

    RestError(int status, String zh, String en) {
        this.status = status;
        this.text = LocalizedText.of(zh, en);
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public int status() {
        return status;
    }

    public LocalizedText text() {
        return text;
    }
}
