package io.jiuye.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A stable, machine-readable error code (upper snake case) with the HTTP status it maps to. The human message is
 * looked up in the message catalogue under {@code error.<CODE>}; plugins may define their own codes.
 */
@ConsumerType
public interface ErrorCode {
    String code();

    int status();
}
