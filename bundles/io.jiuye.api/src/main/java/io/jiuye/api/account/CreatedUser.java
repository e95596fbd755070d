package io.jiuye.api.account;

/** A new user with the password it was given, which is shown once and never stored in the clear. */
public record CreatedUser(UserDto user, String initialPassword) {
}
