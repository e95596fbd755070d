package io.jiuye.core.internal.account;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@code io.jiuye.auth} ({@code etc/io.jiuye.auth.cfg}), read by {@link PasswordHasher} and {@link
 * AuthServiceImpl}; a change applies without restarting either.
 */
@ObjectClassDefinition(name = "Jiuye logins", description = "Password hashing and session lifetime")
public @interface AuthConfig {
    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes; existing hashes keep"
            + " theirs", min = "1")
    int passwordIterations() default PasswordHasher.DEFAULT_ITERATIONS;

    @AttributeDefinition(description = "Hours a login session lasts", min = "1")
    int sessionHours() default 8;
}
