package io.jiuye.api.account;

import java.time.Instant;

/** A login: the opaque bearer token (only its hash is stored) and when it expires. */
public record Session(String token, Instant expiresAt, UserDto user) {
}
