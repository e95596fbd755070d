package io.jiuye.api.notify;

/** How a notification travels. */
public enum Channel {
    EMAIL, SMS
}
